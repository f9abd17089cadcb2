/**
 * The reader's browser script, served inline (with a nonce) and written as plain ES2017 without a
 * build step: page flip (buttons, swipe, arrow keys), zoom (buttons, double tap, pinch; the zoom
 * image replaces the screen image once enlarged) and the article sheet opened from a zone.
 * Everything from the server is inserted as text, except the article body, which is the HTML the
 * newsroom's own rich-text converter made.
 */
export const READER_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('epaper-data').textContent);
  var pages = data.pages;
  var viewer = document.getElementById('viewer');
  var pageBox = document.getElementById('page');
  var image = document.getElementById('page-image');
  var zonesBox = document.getElementById('zones');
  var label = document.getElementById('page-label');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var sheet = document.getElementById('article');
  var sheetBody = document.getElementById('article-body');
  var strip = document.getElementById('strip');
  var index = 0;
  var scale = 1;
  var MAX_SCALE = 4;

  function src(n, size) { return data.base + '/pages/' + n + '/' + size + '.webp'; }

  function fit() {
    var page = pages[index];
    var ratio = page.height / page.width;
    var width = Math.min(viewer.clientWidth, viewer.clientHeight / ratio) * scale;
    pageBox.style.width = width + 'px';
    pageBox.style.height = width * ratio + 'px';
    viewer.classList.toggle('zoomed', scale > 1);
    var wanted = src(page.number, scale > 1.2 ? 'zoom' : 'screen');
    if (image.getAttribute('src') !== wanted) image.setAttribute('src', wanted);
    image.dataset.size = scale > 1.2 ? 'zoom' : 'screen';
  }

  function zoomTo(value, cx, cy) {
    var old = scale;
    scale = Math.max(1, Math.min(MAX_SCALE, value));
    var rect = viewer.getBoundingClientRect();
    var x = cx === undefined ? rect.width / 2 : cx - rect.left;
    var y = cy === undefined ? rect.height / 2 : cy - rect.top;
    var left = (viewer.scrollLeft + x) / old;
    var top = (viewer.scrollTop + y) / old;
    fit();
    viewer.scrollLeft = left * scale - x;
    viewer.scrollTop = top * scale - y;
    document.getElementById('zoom-label').textContent = Math.round(scale * 100) + '%';
  }

  function show(i) {
    index = Math.max(0, Math.min(pages.length - 1, i));
    var page = pages[index];
    scale = 1;
    image.setAttribute('alt', 'Trang ' + page.number);
    zonesBox.textContent = '';
    page.zones.forEach(function (zone) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'zone';
      button.dataset.story = zone.story;
      button.setAttribute('aria-label', 'Đọc bài: ' + zone.headline);
      button.title = zone.headline;
      button.style.left = zone.x * 100 + '%';
      button.style.top = zone.y * 100 + '%';
      button.style.width = zone.w * 100 + '%';
      button.style.height = zone.h * 100 + '%';
      button.addEventListener('click', function () { openArticle(zone.story); });
      zonesBox.appendChild(button);
    });
    // Printed page numbers may have gaps (one page not uploaded yet): then the position is shown too.
    label.textContent = page.number === index + 1
      ? 'Trang ' + page.number + '/' + pages.length
      : 'Trang ' + page.number + ' (' + (index + 1) + '/' + pages.length + ')';
    prev.disabled = index === 0;
    next.disabled = index === pages.length - 1;
    Array.prototype.forEach.call(strip.children, function (thumb, n) {
      thumb.setAttribute('aria-current', n === index ? 'true' : 'false');
    });
    history.replaceState(null, '', '#trang-' + page.number);
    zoomTo(1);
    viewer.scrollTop = 0;
    viewer.scrollLeft = 0;
  }

  function openArticle(id) {
    sheetBody.textContent = 'Đang tải bài…';
    sheet.hidden = false;
    fetch(data.base + '/articles/' + encodeURIComponent(id) + '?format=json', {
      credentials: 'same-origin', headers: { accept: 'application/json' }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      sheetBody.textContent = '';
      if (!result.ok) {
        var error = document.createElement('p');
        error.textContent = (result.body.errors && result.body.errors[0].message) || 'Không mở được bài.';
        sheetBody.appendChild(error);
        return;
      }
      var article = result.body;
      var title = document.createElement('h2');
      title.id = 'article-title';
      title.textContent = article.headline;
      sheetBody.appendChild(title);
      if (article.bylines.length) {
        var by = document.createElement('p');
        by.className = 'byline';
        by.textContent = article.bylines.join(', ');
        sheetBody.appendChild(by);
      }
      if (article.standfirst) {
        var lead = document.createElement('p');
        lead.className = 'standfirst';
        lead.textContent = article.standfirst;
        sheetBody.appendChild(lead);
      }
      var body = document.createElement('div');
      body.innerHTML = article.bodyHtml;
      sheetBody.appendChild(body);
      document.getElementById('close-article').focus();
    }).catch(function () { sheetBody.textContent = 'Mất kết nối, chưa tải được bài.'; });
  }

  function closeArticle() { sheet.hidden = true; }

  prev.addEventListener('click', function () { show(index - 1); });
  next.addEventListener('click', function () { show(index + 1); });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomTo(scale * 1.5); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomTo(scale / 1.5); });
  document.getElementById('close-article').addEventListener('click', closeArticle);
  sheet.addEventListener('click', function (event) { if (event.target === sheet) closeArticle(); });
  Array.prototype.forEach.call(strip.children, function (thumb, n) {
    thumb.addEventListener('click', function () { show(n); });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') return closeArticle();
    if (!sheet.hidden) return;
    if (event.key === 'ArrowLeft' || event.key === 'PageUp') show(index - 1);
    else if (event.key === 'ArrowRight' || event.key === 'PageDown') show(index + 1);
    else if (event.key === '+' || event.key === '=') zoomTo(scale * 1.5);
    else if (event.key === '-') zoomTo(scale / 1.5);
  });
  window.addEventListener('resize', fit);

  var touch = null;
  var lastTap = 0;
  var touchZoomAt = 0;
  viewer.addEventListener('touchstart', function (event) {
    if (event.touches.length === 2) {
      var a = event.touches[0], b = event.touches[1];
      touch = { pinch: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY), scale: scale,
        cx: (a.clientX + b.clientX) / 2, cy: (a.clientY + b.clientY) / 2 };
    } else if (event.touches.length === 1) {
      touch = { x: event.touches[0].clientX, y: event.touches[0].clientY, t: Date.now() };
    }
  }, { passive: true });
  viewer.addEventListener('touchmove', function (event) {
    if (touch && touch.pinch && event.touches.length === 2) {
      var a = event.touches[0], b = event.touches[1];
      zoomTo(touch.scale * Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) / touch.pinch, touch.cx, touch.cy);
      event.preventDefault();
    }
  }, { passive: false });
  viewer.addEventListener('touchend', function (event) {
    if (!touch || touch.pinch || event.changedTouches.length !== 1) { touch = null; return; }
    var end = event.changedTouches[0];
    var dx = end.clientX - touch.x, dy = end.clientY - touch.y;
    if (scale === 1 && Math.abs(dx) > 60 && Math.abs(dy) < 50) show(index + (dx < 0 ? 1 : -1));
    touch = null;
  });
  viewer.addEventListener('dblclick', function (event) {
    // A double tap already zoomed through the touch events; some browsers send dblclick as well.
    if (event.target.classList.contains('zone') || Date.now() - touchZoomAt < 800) return;
    zoomTo(scale > 1 ? 1 : 2, event.clientX, event.clientY);
  });
  viewer.addEventListener('touchend', function (event) {
    if (event.target.classList.contains('zone') || event.changedTouches.length !== 1) return;
    var now = Date.now();
    if (now - lastTap < 300) {
      var point = event.changedTouches[0];
      zoomTo(scale > 1 ? 1 : 2, point.clientX, point.clientY);
      lastTap = 0;
      touchZoomAt = now;
      event.preventDefault();
    } else lastTap = now;
  });

  var start = /^#trang-(\\d+)$/.exec(location.hash);
  var startIndex = start ? pages.findIndex(function (p) { return p.number === Number(start[1]); }) : 0;
  show(startIndex < 0 ? 0 : startIndex);
})();
`

/** Login for subscribers: Payload's own /api/subscribers/login sets the session cookie. */
export const LOGIN_SCRIPT = `
(function () {
  var form = document.getElementById('login');
  if (form) form.addEventListener('submit', function (event) {
    event.preventDefault();
    var error = document.getElementById('login-error');
    error.textContent = '';
    fetch('/api/subscribers/login', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
      body: JSON.stringify({ email: form.email.value, password: form.password.value })
    }).then(function (response) {
      if (response.ok) { location.reload(); return; }
      return response.json().then(function (body) {
        error.textContent = (body.errors && body.errors[0] && body.errors[0].message) || 'Đăng nhập không thành công.';
      });
    }).catch(function () { error.textContent = 'Mất kết nối, hãy thử lại.'; });
  });
  var logout = document.getElementById('logout');
  if (logout) logout.addEventListener('click', function () {
    fetch('/api/subscribers/logout', { method: 'POST', credentials: 'same-origin' })
      .finally(function () { location.reload(); });
  });
})();
`
