// A scripted stand-in for Office.js, served in place of Microsoft's CDN file in browser tests.
// The test puts the message and client details in window.__IMPOSTOR_GUARD_OUTLOOK__ before load.
(function () {
  "use strict";
  var script = window.__IMPOSTOR_GUARD_OUTLOOK__ || {};
  var log = (window.__OFFICE_CALLS__ = []);
  // Every new-message form the pane opens (the report), in order.
  var forms = (window.__NEW_MESSAGE_FORMS__ = []);
  function answer(value, callback) {
    setTimeout(function () {
      if (value && value.__error)
        callback({ status: "failed", error: { name: "Error", code: 9020, message: value.__error } });
      else callback({ status: "succeeded", value: value });
    }, script.delay || 0);
  }
  var message = script.item;
  var item = message
    ? {
        itemId: "AAMk-browser-test",
        subject: message.subject,
        from: message.from,
        sender: message.from,
        to: [{ displayName: "Reader", emailAddress: "reader@example.com" }],
        attachments: message.attachments || [],
        getAllInternetHeadersAsync: function (callback) {
          log.push("getAllInternetHeadersAsync");
          answer(message.headers || "", callback);
        },
        body: {
          getAsync: function (coercion, callback) {
            log.push("body.getAsync:" + coercion);
            answer(coercion === "html" ? message.html || "" : message.text || "", callback);
          },
        },
        notificationMessages: {
          replaceAsync: function (key, details, callback) {
            log.push("notification:replace:" + details.type);
            window.__NOTIFICATION__ = details;
            callback({ status: "succeeded" });
          },
          removeAsync: function (key, callback) {
            log.push("notification:remove");
            window.__NOTIFICATION__ = null;
            callback({ status: "succeeded" });
          },
        },
      }
    : null;
  var roaming = {};
  window.Office = {
    HostType: { Outlook: "Outlook" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      ItemNotificationMessageType: {
        ErrorMessage: "errorMessage",
        InformationalMessage: "informationalMessage",
      },
    },
    context: {
      displayLanguage: script.displayLanguage || "en-US",
      diagnostics: { host: "Outlook", platform: script.platform || "OfficeOnline", version: "16.0.0.0" },
      officeTheme: { bodyBackgroundColor: script.background || "#ffffff" },
      requirements: {
        isSetSupported: function (name, version) {
          var want = version.split(".").map(Number);
          var have = (script.mailboxVersion || "1.14").split(".").map(Number);
          return name === "Mailbox" && (want[0] < have[0] || (want[0] === have[0] && want[1] <= have[1]));
        },
      },
      roamingSettings: {
        get: function (key) {
          return roaming[key];
        },
        set: function (key, value) {
          roaming[key] = value;
        },
        saveAsync: function (callback) {
          callback({ status: "succeeded" });
        },
      },
      mailbox: {
        item: item,
        userProfile: {
          accountType: script.accountType,
          displayName: "Reader",
          emailAddress: "reader@example.com",
        },
        addHandlerAsync: function (type, handler, callback) {
          window.__selectItem__ = function (next) {
            window.Office.context.mailbox.item = next;
            handler({ type: type });
          };
          callback({ status: "succeeded" });
        },
        removeHandlerAsync: function (type, callback) {
          callback({ status: "succeeded" });
        },
        displayNewMessageForm: function (form) {
          log.push("displayNewMessageForm");
          forms.push(form);
        },
        displayNewMessageFormAsync: function (form, options, callback) {
          log.push("displayNewMessageFormAsync");
          forms.push(form);
          var done = typeof options === "function" ? options : callback;
          if (done) done({ status: "succeeded" });
        },
      },
    },
    onReady: function (callback) {
      var info = {
        host: script.host === undefined ? "Outlook" : script.host,
        platform: script.platform || "OfficeOnline",
      };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, script.readyDelay || 0);
      });
    },
  };
})();
