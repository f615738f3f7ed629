/* global document */
// On a page whose served HTML paints its content (the API's web-app-shell.ts), the app's code is fetched once that
// first paint is on screen, not before it: the page's own bytes have the network to themselves (decision 0054). A
// classic deferred script, allowed by the CSP as a file of the origin; the API gives it the app's entry and preloads.
(function () {
  var self = document.currentScript;
  var entry = self && self.getAttribute('data-entry');
  if (!entry) return;
  var preloads = (self.getAttribute('data-preload') || '').split(' ');
  function add(tag, attributes) {
    var element = document.createElement(tag);
    for (var name in attributes) element.setAttribute(name, attributes[name]);
    document.head.appendChild(element);
  }
  function load() {
    for (var i = 0; i < preloads.length; i++)
      if (preloads[i]) add('link', { rel: 'modulepreload', crossorigin: '', href: preloads[i] });
    add('script', { type: 'module', crossorigin: '', src: entry });
  }
  var loaded = false;
  function loadOnce() {
    if (loaded) return;
    loaded = true;
    load();
  }
  // Once the browser reports the page's first contentful paint (a frame run is not yet a frame shown); at once in a
  // tab not shown or a browser that reports no paint, and after 3 s whatever happens.
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined') return loadOnce();
  try {
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(loadOnce, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    return loadOnce();
  }
  setTimeout(loadOnce, 3000);
})();
