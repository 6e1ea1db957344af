/* crossfact report: filters, sorting and keyboard navigation over rows rendered in the page.
   Runs from <head> so the "js" class hides closed details before the first paint. */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function fold(s) {
    return s.toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\u2026/g, '...')
      .replace(/\s+/g, ' ');
  }

  function init() {
    var table = document.getElementById('ft');
    if (!table) {
      return;
    }
    var tbody = table.tBodies[0];
    var items = [];
    var rows = tbody.querySelectorAll('tr.finding');
    for (var i = 0; i < rows.length; i++) {
      items.push({ row: rows[i], detail: rows[i].nextElementSibling, index: i, text: null });
    }
    var typeSel = document.getElementById('f-type');
    var sevSel = document.getElementById('f-sev');
    var statusSel = document.getElementById('f-status');
    var search = document.getElementById('f-q');
    var shown = document.getElementById('shown');
    var current = null;

    // Text is read on the first search only: reading 5,000 details up front would slow the page's opening.
    function haystack(it) {
      if (it.text === null) {
        it.text = fold(it.row.textContent + ' ' + it.detail.textContent);
      }
      return it.text;
    }

    // 'active' (the default) is open and confirmed; dismissed findings appear only when asked for.
    function statusOk(status, want) {
      if (want === 'all') {
        return true;
      }
      return want === 'active' ? status !== 'dismissed' : status === want;
    }

    function applyFilters() {
      var type = typeSel.value;
      var sev = sevSel.value;
      var want = statusSel.value;
      // Quote marks around pasted words are dropped: "“most homes”" should find the passage most homes sits in.
      var terms = fold(search.value).split(' ')
        .map(function (t) { return t.replace(/^["'(]+|["'),.;:!?]+$/g, ''); })
        .filter(function (t) { return t.length > 0; });
      var count = 0;
      for (var i = 0; i < items.length; i++) {
        var it = items[i];
        var ok = (!type || it.row.getAttribute('data-type') === type)
          && (!sev || it.row.getAttribute('data-severity') === sev)
          && statusOk(it.row.getAttribute('data-status'), want);
        if (ok && terms.length) {
          var h = haystack(it);
          for (var t = 0; t < terms.length && ok; t++) {
            ok = h.indexOf(terms[t]) >= 0;
          }
        }
        it.row.hidden = !ok;
        it.detail.hidden = !ok;
        if (ok) {
          count++;
        }
      }
      shown.textContent = count + ' of ' + items.length + ' findings shown.';
      if (current && current.row.hidden) {
        setCurrent(null, false);
      }
    }

    var timer = 0;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(applyFilters, 120);
    });
    typeSel.addEventListener('change', applyFilters);
    sevSel.addEventListener('change', applyFilters);
    statusSel.addEventListener('change', applyFilters);
    search.form.addEventListener('submit', function (e) {
      e.preventDefault();
      applyFilters();
    });

    function cellKey(it, col, numeric) {
      var cell = it.row.cells[col];
      var v = cell.getAttribute('data-sort');
      if (v === null) {
        v = cell.textContent.trim();
      }
      return numeric ? parseFloat(v) || 0 : v.toLowerCase();
    }

    var headers = table.tHead.querySelectorAll('th');
    table.tHead.addEventListener('click', function (e) {
      var btn = e.target.closest('button[data-col]');
      if (!btn) {
        return;
      }
      var th = btn.parentNode;
      var col = +btn.getAttribute('data-col');
      var numeric = btn.hasAttribute('data-num');
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (var h = 0; h < headers.length; h++) {
        headers[h].setAttribute('aria-sort', 'none');
      }
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var keyed = items.map(function (it) { return { it: it, k: cellKey(it, col, numeric) }; });
      keyed.sort(function (a, b) {
        var c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
        return c !== 0 ? c * dir : a.it.index - b.it.index;
      });
      var frag = document.createDocumentFragment();
      items = keyed.map(function (x) {
        frag.appendChild(x.it.row);
        frag.appendChild(x.it.detail);
        return x.it;
      });
      tbody.appendChild(frag);
    });

    function find(row) {
      for (var i = 0; i < items.length; i++) {
        if (items[i].row === row) {
          return items[i];
        }
      }
      return null;
    }

    function setCurrent(it, focus) {
      if (current) {
        current.row.classList.remove('current');
      }
      current = it;
      if (it) {
        it.row.classList.add('current');
        if (focus) {
          it.row.focus({ preventScroll: true });
          it.row.scrollIntoView({ block: 'nearest' });
        }
      }
    }

    function toggle(it, open) {
      var btn = it.row.querySelector('button.open');
      var isOpen = open === undefined ? !it.detail.classList.contains('open') : open;
      it.detail.classList.toggle('open', isOpen);
      btn.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
    }

    function move(step) {
      var pos = current ? items.indexOf(current) : (step > 0 ? -1 : items.length);
      for (var p = pos + step; p >= 0 && p < items.length; p += step) {
        if (!items[p].row.hidden) {
          setCurrent(items[p], true);
          return;
        }
      }
    }

    tbody.addEventListener('click', function (e) {
      var row = e.target.closest('tr.finding');
      if (!row || e.target.closest('a')) {
        return;
      }
      var it = find(row);
      setCurrent(it, false);
      toggle(it);
    });

    document.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) {
        return;
      }
      var tag = e.target.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
        if (e.key === 'Escape') {
          e.target.blur();
        }
        return;
      }
      if (e.key === 'j') {
        move(1);
      } else if (e.key === 'k') {
        move(-1);
      } else if (e.key === 'Enter' && current && tag !== 'BUTTON' && tag !== 'A') {
        toggle(current);
      } else if (e.key === 'Escape' && current) {
        toggle(current, false);
      } else if (e.key === '/') {
        e.preventDefault();
        search.focus();
      } else {
        return;
      }
      e.preventDefault();
    });

    // A link to #d-ID or #r-ID (from a colleague, or a bookmark) opens that finding.
    var target = null;
    try {
      target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    } catch (err) {
      target = null; // a malformed %-escape in a hand-edited link opens nothing rather than breaking the page
    }
    if (target) {
      var it = find(target.classList.contains('detail') ? target.previousElementSibling : target);
      if (it) {
        if (it.row.hidden) {
          statusSel.value = 'all'; // a link to a dismissed finding shows it rather than nothing
          applyFilters();
        }
        toggle(it, true);
        setCurrent(it, true);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
