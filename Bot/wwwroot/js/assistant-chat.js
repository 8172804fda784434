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

  function isBotMessage(activity) {
    return activity && activity.type === 'message' && activity.from && activity.from.role === 'bot';
  }

  function sendAction(text) {
    return { type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } };
  }

  function createStore(onBotMessage, onUserPost) {
    // Web Chat drops a message sent before its Direct Line connection is up (a kiosk topic tapped in the first
    // second): such messages wait here and go out once the connection is made.
    const waiting = [];
    let connected = false;
    const store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && onUserPost) {
            try { onUserPost(action.payload.activity); } catch (e) { console.error(e); }
          }
          // The bot's own feedback choices (suggested actions) are the feedback buttons; nothing is added here.
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isBotMessage(action.payload.activity) && onBotMessage) {
            try { onBotMessage(action.payload.activity); } catch (e) { console.error(e); }
          }
          const result = next(action);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            connected = true;
            waiting.splice(0).forEach(function (text) { api.dispatch(sendAction(text)); });
          }
          return result;
        };
      };
    });
    store.sendWhenConnected = function (text) {
      if (connected) {
        store.dispatch(sendAction(text));
      } else {
        waiting.push(text);
      }
    };
    return store;
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
    store.sendWhenConnected(text);
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
