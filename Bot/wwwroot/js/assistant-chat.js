// Shared by the web chat page and the kiosk: gets a conversation token from this host (never the Direct Line
// secret), connects the Bot Framework Web Chat to the host's own Direct Line endpoint and renders it.
(function () {
  'use strict';

  const LOCALE = 'vi-VN';

  async function fetchToken() {
    const response = await fetch('/api/webchat/token', { method: 'POST', cache: 'no-store' });
    if (!response.ok) {
      throw new Error('token request failed: ' + response.status);
    }
    return response.json();
  }

  // Every bot answer gets thumbs up/down unless the bot already attached its own feedback actions.
  function withFeedback(activity) {
    const entities = activity.entities || [];
    if (entities.some(function (e) { return e && e['@id'] === '' && e.potentialAction; })) {
      return activity;
    }
    return Object.assign({}, activity, {
      entities: entities.concat([{
        '@context': 'https://schema.org',
        '@id': '',
        '@type': 'Message',
        type: 'https://schema.org/Message',
        potentialAction: [
          { '@type': 'LikeAction', actionStatus: 'PotentialActionStatus' },
          { '@type': 'DislikeAction', actionStatus: 'PotentialActionStatus' }
        ]
      }])
    });
  }

  function isBotMessage(activity) {
    return activity && activity.type === 'message' && activity.from && activity.from.role === 'bot';
  }

  function createStore(onBotMessage, onUserPost) {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && onUserPost) {
            try { onUserPost(action.payload.activity); } catch (e) { console.error(e); }
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isBotMessage(action.payload.activity)) {
            const activity = withFeedback(action.payload.activity);
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) });
            if (onBotMessage) {
              try { onBotMessage(activity); } catch (e) { console.error(e); }
            }
          }
          return next(action);
        };
      };
    });
  }

  // Renders Web Chat into `element` on a brand-new conversation; resolves to handles the page needs later.
  async function start(element, options) {
    options = options || {};
    const token = await fetchToken();
    const directLine = window.WebChat.createDirectLine({
      token: token.token,
      domain: window.location.origin + '/v3/directline',
      webSocket: true
    });
    const store = createStore(options.onBotMessage, options.onUserPost);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: token.userId,
      username: 'Công dân',
      locale: LOCALE,
      styleOptions: Object.assign({
        hideUploadButton: true,
        botAvatarInitials: 'TL',
        userAvatarInitials: 'Bạn',
        accent: '#b71c1c',
        bubbleBorderRadius: 12,
        bubbleFromUserBorderRadius: 12,
        suggestedActionBorderRadius: 18,
        suggestedActionLayout: 'flow',
        primaryFont: "'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif"
      }, options.styleOptions || {})
    }, element);
    document.body.dataset.conversationId = token.conversationId;
    return { directLine: directLine, store: store, conversationId: token.conversationId };
  }

  function sendText(store, text) {
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
  }

  function showError(element, message) {
    element.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'chat-error';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    element.appendChild(p);
  }

  window.AssistantChat = { start: start, sendText: sendText, showError: showError, isBotMessage: isBotMessage };
})();
