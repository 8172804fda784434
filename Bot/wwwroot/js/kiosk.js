// Kiosk: topic grid, read-aloud, printable checklist, and a fresh conversation after a period without touches so
// the next citizen never sees the previous one's questions.
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const state = {
    idleMs: 90000,
    speech: true,
    session: null,
    touched: false,
    lastInteraction: Date.now(),
    procedureCode: null,
    pendingQuestion: null,
    generation: 0
  };
  const chatHost = document.getElementById('webchat');
  const speechButton = document.getElementById('kiosk-speech');
  const printButton = document.getElementById('kiosk-print');
  const idleWarning = document.getElementById('kiosk-idle-warning');
  const CODE_IN_LINK = /\/thu-tuc\/([0-9A-Za-z._-]{1,32})/;

  function markInteraction() {
    state.lastInteraction = Date.now();
    idleWarning.hidden = true;
  }

  function plainText(markdown) {
    return (markdown || '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`#>|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }

  function speak(activity) {
    if (!state.speech || !('speechSynthesis' in window)) { return; }
    const text = activity.speak ? plainText(activity.speak.replace(/<[^>]+>/g, ' ')) : plainText(activity.text);
    if (!text) { return; }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'vi-VN';
    const voice = window.speechSynthesis.getVoices().find(function (v) { return v.lang && v.lang.toLowerCase().indexOf('vi') === 0; });
    if (voice) { utterance.voice = voice; }
    window.speechSynthesis.speak(utterance);
  }

  function procedureCodeOf(activity) {
    // The bot names the procedure it answered about on the activity (procedureCode) or in channelData.
    if (typeof activity.procedureCode === 'string') { return activity.procedureCode; }
    const data = activity.channelData || {};
    if (typeof data.procedureCode === 'string') { return data.procedureCode; }
    if (Array.isArray(data.procedureCodes) && data.procedureCodes.length) { return data.procedureCodes[0]; }
    const match = CODE_IN_LINK.exec(activity.text || '');
    return match ? match[1] : null;
  }

  function onBotMessage(generation) {
    return function (activity) {
      if (generation !== state.generation) { return; }
      markInteraction();
      speak(activity);
      const code = procedureCodeOf(activity);
      if (code) {
        state.procedureCode = code;
        printButton.hidden = false;
        document.body.dataset.procedureCode = code;
      }
    };
  }

  async function startConversation() {
    const generation = ++state.generation;
    state.touched = false;
    state.procedureCode = null;
    printButton.hidden = true;
    delete document.body.dataset.procedureCode;
    if ('speechSynthesis' in window) { window.speechSynthesis.cancel(); }
    if (state.session) {
      try { state.session.directLine.end(); } catch (e) { console.error(e); }
      state.session = null;
    }
    // A new element drops the old Web Chat tree with every previous message in it.
    const fresh = document.createElement('div');
    fresh.id = 'webchat';
    fresh.className = chatHost.className;
    fresh.setAttribute('role', 'region');
    fresh.setAttribute('aria-label', chatHost.getAttribute('aria-label'));
    const current = document.getElementById('webchat');
    if (window.ReactDOM && window.ReactDOM.unmountComponentAtNode) {
      try { window.ReactDOM.unmountComponentAtNode(current); } catch (e) { console.error(e); }
    }
    current.replaceWith(fresh);
    markInteraction();
    try {
      state.session = await window.AssistantChat.start(fresh, {
        onBotMessage: onBotMessage(generation),
        onUserPost: function () {
          if (generation === state.generation) {
            state.touched = true;
            markInteraction();
          }
        },
        styleOptions: {
          fontSizeSmall: '80%',
          rootHeight: '100%',
          bubbleMinHeight: 56,
          sendBoxHeight: 72,
          sendBoxButtonColor: '#b71c1c',
          suggestedActionHeight: 56,
          hideSendBox: false
        }
      });
      document.body.dataset.kioskGeneration = String(generation);
      if (state.pendingQuestion) {
        const question = state.pendingQuestion;
        state.pendingQuestion = null;
        window.AssistantChat.sendText(state.session.store, question);
      }
    } catch (error) {
      console.error(error);
      window.AssistantChat.showError(fresh, 'Chưa kết nối được với trợ lý ảo. Bạn vui lòng chạm “Bắt đầu lại” hoặc hỏi cán bộ tại quầy.');
    }
  }

  function ask(question) {
    state.touched = true;
    markInteraction();
    if (!state.session) {
      // Still connecting (first load, or a reset): the tap is asked as soon as the conversation exists.
      state.pendingQuestion = question;
      return;
    }
    window.AssistantChat.sendText(state.session.store, question);
  }

  async function printChecklist() {
    if (!state.procedureCode) { return; }
    const response = await fetch('/api/procedures/' + encodeURIComponent(state.procedureCode) + '/checklist');
    if (!response.ok) {
      window.open('/thu-tuc/' + encodeURIComponent(state.procedureCode) + '?print=true', '_blank');
      return;
    }
    const checklist = await response.json();
    document.getElementById('kiosk-checklist-name').textContent = checklist.name;
    document.getElementById('kiosk-checklist-code').textContent = 'Mã thủ tục: ' + checklist.code;
    const list = document.getElementById('kiosk-checklist-documents');
    list.replaceChildren.apply(list, checklist.documents.map(function (item) {
      const li = document.createElement('li');
      li.textContent = '☐ ' + item;
      return li;
    }));
    const body = document.querySelector('#kiosk-checklist-channels tbody');
    body.replaceChildren.apply(body, checklist.channels.map(function (c) {
      const tr = document.createElement('tr');
      [c.channel, c.time || '', c.fee || ''].forEach(function (value) {
        const td = document.createElement('td');
        td.textContent = value;
        tr.appendChild(td);
      });
      return tr;
    }));
    document.getElementById('kiosk-checklist-agency').textContent = checklist.agency ? 'Nơi nộp hồ sơ: ' + checklist.agency : '';
    document.getElementById('kiosk-checklist-source').textContent = checklist.sourceUrl ? 'Nguồn: ' + checklist.sourceUrl : '';
    document.body.dataset.checklistReady = checklist.code;
    window.print();
  }

  async function loadTopics() {
    const grid = document.getElementById('kiosk-topic-grid');
    const response = await fetch('/kiosk/topics.json');
    const topics = response.ok ? await response.json() : [];
    topics.forEach(function (topic) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'kiosk-topic';
      button.textContent = topic.label;
      button.dataset.question = topic.question;
      button.addEventListener('click', function () { ask(topic.question); });
      grid.appendChild(button);
    });
  }

  async function loadConfig() {
    try {
      const response = await fetch('/api/kiosk/config', { cache: 'no-store' });
      if (response.ok) {
        const config = await response.json();
        state.idleMs = config.idleSeconds * 1000;
        state.speech = !!config.speech;
      }
    } catch (e) { console.error(e); }
    const idle = parseInt(params.get('idle') || '', 10);
    if (idle >= 2 && idle <= 3600) { state.idleMs = idle * 1000; }
    if (params.get('speech') === '0') { state.speech = false; }
    renderSpeechButton();
  }

  function renderSpeechButton() {
    speechButton.textContent = state.speech ? 'Đọc to: Bật' : 'Đọc to: Tắt';
    speechButton.setAttribute('aria-pressed', String(state.speech));
  }

  function watchIdle() {
    window.setInterval(function () {
      if (!state.touched) { return; }
      const idleFor = Date.now() - state.lastInteraction;
      idleWarning.hidden = !(idleFor > state.idleMs * 0.75);
      if (idleFor > state.idleMs) {
        idleWarning.hidden = true;
        startConversation();
      }
    }, 500);
  }

  ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      markInteraction();
      if (type === 'keydown' || (event.target && event.target.closest && event.target.closest('#webchat'))) {
        state.touched = true;
      }
    }, { capture: true, passive: true });
  });
  // A kiosk has no browser controls: a link to another site would leave the citizen there with no way back (and the
  // idle reset runs only on this page). Links stay readable; tapping one says so instead of leaving the kiosk.
  const linkNotice = document.getElementById('kiosk-link-notice');
  let linkNoticeTimer = 0;
  // On the document, in the capture phase: before Web Chat's own handlers, which sit on the chat's element.
  document.addEventListener('click', function (event) {
    const link = event.target && event.target.closest ? event.target.closest('#webchat a[href]') : null;
    if (!link || new URL(link.href, window.location.href).origin === window.location.origin) { return; }
    event.preventDefault();
    event.stopImmediatePropagation();
    linkNotice.hidden = false;
    window.clearTimeout(linkNoticeTimer);
    linkNoticeTimer = window.setTimeout(function () { linkNotice.hidden = true; }, 8000);
  }, { capture: true });

  speechButton.addEventListener('click', function () {
    state.speech = !state.speech;
    if (!state.speech && 'speechSynthesis' in window) { window.speechSynthesis.cancel(); }
    renderSpeechButton();
  });
  printButton.addEventListener('click', printChecklist);
  document.getElementById('kiosk-reset').addEventListener('click', startConversation);

  if (!window.WebChat) {
    window.AssistantChat.showError(chatHost, 'Không tải được khung trò chuyện. Bạn vui lòng hỏi cán bộ tại quầy.');
    return;
  }
  Promise.all([loadConfig(), loadTopics()]).then(function () {
    watchIdle();
    return startConversation();
  });
})();
