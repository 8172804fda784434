(function () {
  'use strict';
  const element = document.getElementById('webchat');
  if (!window.WebChat) {
    window.AssistantChat.showError(element, 'Không tải được khung trò chuyện. Bạn vui lòng tải lại trang.');
    return;
  }
  window.AssistantChat.start(element).then(function () {
    const input = element.querySelector('input[type="text"], textarea');
    if (input) { input.focus(); }
  }).catch(function (error) {
    console.error(error);
    window.AssistantChat.showError(element, 'Chưa kết nối được với trợ lý ảo. Bạn vui lòng tải lại trang sau ít phút.');
  });
})();
