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
    var subject = null; // when set, only findings of this subject are shown (a selection to decide together)

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
          && (subject === null || it.row.getAttribute('data-subject') === subject)
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
      var bulkN = document.getElementById('bulk-n');
      if (bulkN) {
        bulkN.textContent = String(count);
      }
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

    // The row at the top of the window, below the sticky heading, so its opened detail is in view too.
    function reveal(it) {
      var head = table.tHead.getBoundingClientRect().height || 0;
      var top = it.row.getBoundingClientRect().top + window.pageYOffset - head - 8;
      window.scrollTo(0, Math.max(0, top));
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
      if (e.target.closest('tr.detail')) {
        onDetailClick(e);
        return;
      }
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
        reveal(current);
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

    /* ---- Triage in the page: decisions kept in this browser for this run, exported as the triage CSV. ---- */
    var bar = document.getElementById('triagebar');
    var storeKey = 'crossfact-triage:' + bar.getAttribute('data-run');
    var whoKey = 'crossfact-reviewer';
    var local = load(storeKey, {});
    var byId = {};
    items.forEach(function (it) { byId[it.row.id.slice(2)] = it; });

    function load(key, fallback) {
      try {
        var v = window.localStorage.getItem(key);
        return v === null ? fallback : JSON.parse(v);
      } catch (err) {
        return fallback; // storage off (private window, file:// policy): decisions live until the page closes
      }
    }

    function save(key, value) {
      try {
        window.localStorage.setItem(key, JSON.stringify(value));
      } catch (err) {
        // as above: the export still has every decision made on this page
      }
    }

    function reviewer() {
      var n = load(whoKey, '');
      return typeof n === 'string' ? n : '';
    }

    function today() {
      return new Date().toISOString().slice(0, 10);
    }

    function showWho() {
      document.getElementById('who-name').textContent = reviewer() || 'not set';
    }

    // Asks for the reviewer's name once (kept for every report), then runs the decision that needed it.
    var afterName = null;
    var dialog = document.getElementById('who-dialog');
    function withName(then) {
      if (reviewer()) {
        then();
        return;
      }
      afterName = then;
      document.getElementById('who-input').value = '';
      dialog.showModal();
      document.getElementById('who-input').focus();
    }
    document.getElementById('who-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var n = document.getElementById('who-input').value.trim();
      if (!n) {
        return;
      }
      save(whoKey, n);
      showWho();
      dialog.close();
      var then = afterName;
      afterName = null;
      if (then) {
        then();
      }
    });
    document.getElementById('who-cancel').addEventListener('click', function () {
      afterName = null;
      dialog.close();
    });
    document.getElementById('who-change').addEventListener('click', function () {
      save(whoKey, '');
      withName(function () {});
    });

    // What the page was rendered with: the decisions of earlier runs (status, note, reviewer, date).
    function rendered(it) {
      var note = it.detail.querySelector('.note-input');
      return { status: it.row.getAttribute('data-rendered-status'), note: note ? note.defaultValue : '',
        reviewer: it.row.getAttribute('data-reviewer') || '', date: it.row.getAttribute('data-reviewed') || '' };
    }
    items.forEach(function (it) { it.row.setAttribute('data-rendered-status', it.row.getAttribute('data-status')); });

    function show(it, d) {
      var st = d.status;
      it.row.setAttribute('data-status', st);
      it.row.querySelector('td.status').setAttribute('data-sort', st);
      var pills = [it.row.querySelector('td.status .st'), it.detail.querySelector('.triage-status .st')];
      pills.forEach(function (p) {
        if (p) {
          p.className = 'st st-' + st;
          p.textContent = st;
        }
      });
      var decided = it.detail.querySelector('.decided');
      if (decided && (d.reviewer || d.date)) {
        decided.textContent = ' \u00b7 decided by ' + (d.reviewer || '\u2014') + ' on ' + (d.date || '\u2014');
      }
      var input = it.detail.querySelector('.note-input');
      if (input && document.activeElement !== input) {
        input.value = d.note;
      }
      it.text = null;
    }

    function decide(ids, status, note) {
      var who = reviewer();
      var day = today();
      ids.forEach(function (id) {
        var it = byId[id];
        var prev = local[id] || rendered(it);
        var d = { status: status || prev.status, note: note === null ? prev.note : note, reviewer: who, date: day };
        local[id] = d;
        show(it, d);
      });
      save(storeKey, local);
      count();
      applyFilters();
    }

    function count() {
      document.getElementById('pending').textContent = String(Object.keys(local).length);
    }

    function onDetailClick(e) {
      var detail = e.target.closest('tr.detail');
      var it = find(detail.previousElementSibling);
      var id = it.row.id.slice(2);
      var btn = e.target.closest('button');
      if (!btn) {
        return;
      }
      if (btn.classList.contains('decide')) {
        var status = btn.getAttribute('data-status');
        withName(function () { decide([id], status, it.detail.querySelector('.note-input').value.trim()); });
      } else if (btn.classList.contains('pick-subject')) {
        pickSubject(it.row.getAttribute('data-subject'));
      } else if (btn.classList.contains('pick-type')) {
        typeSel.value = it.row.getAttribute('data-type');
        applyFilters();
        bar.scrollIntoView({ block: 'start' });
      }
    }

    // A note typed and left (Tab, click elsewhere) is kept with the finding's current status.
    tbody.addEventListener('change', function (e) {
      if (!e.target.classList.contains('note-input')) {
        return;
      }
      var it = find(e.target.closest('tr.detail').previousElementSibling);
      if (!reviewer()) {
        return; // not asked here: the click that blurred the field may be a decision, which asks and reads the note
      }
      decide([it.row.id.slice(2)], null, e.target.value.trim());
    });

    function pickSubject(name) {
      subject = name;
      document.getElementById('subject-name').textContent = name;
      document.getElementById('subject-chip').hidden = false;
      applyFilters();
      bar.scrollIntoView({ block: 'start' });
    }
    document.getElementById('subject-clear').addEventListener('click', function () {
      subject = null;
      document.getElementById('subject-chip').hidden = true;
      applyFilters();
    });

    document.getElementById('bulk').addEventListener('click', function (e) {
      var btn = e.target.closest('button[data-bulk]');
      if (!btn) {
        return;
      }
      var status = btn.getAttribute('data-bulk');
      var note = document.getElementById('bulk-note').value.trim();
      var ids = items.filter(function (it) { return !it.row.hidden; }).map(function (it) { return it.row.id.slice(2); });
      withName(function () { decide(ids, status, note === '' ? null : note); });
    });

    // Every decision the page knows: made here, or carried in from the triage file the run read.
    function decisions() {
      var out = [];
      items.forEach(function (it) {
        var id = it.row.id.slice(2);
        var d = local[id];
        if (!d) {
          var r = rendered(it);
          if (r.status === 'open' && !r.note && !r.reviewer) {
            return;
          }
          d = r;
        }
        out.push({ id: id, status: d.status, note: d.note, reviewer: d.reviewer, date: d.date, it: it });
      });
      out.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
      return out;
    }

    function cell(v) {
      v = String(v === undefined || v === null ? '' : v);
      return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    }

    function download(name, type, text) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: type }));
      a.download = name;
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }

    document.getElementById('export-triage').addEventListener('click', function () {
      var lines = ['id,status,note,reviewer,date'];
      decisions().forEach(function (d) {
        lines.push([d.id, d.status, d.note, d.reviewer, d.date].map(cell).join(','));
      });
      download(bar.getAttribute('data-file'), 'text/csv;charset=utf-8', lines.join('\r\n') + '\r\n');
    });

    // schema.org ClaimReview drafts (the markup fact-checkers publish) for the confirmed findings: the claim as the
    // later report stated it, where it appeared, who reviewed it and when. The rating and the review's own URL are
    // left for the fact-checker to write.
    document.getElementById('export-claims').addEventListener('click', function () {
      var out = decisions().filter(function (d) { return d.status === 'confirmed'; }).map(function (d) {
        var art = d.it.detail.querySelector('article.finding-detail');
        var appearance = { '@type': 'CreativeWork' };
        if (art.getAttribute('data-claim-url')) {
          appearance.url = art.getAttribute('data-claim-url');
        }
        if (art.getAttribute('data-claim-title')) {
          appearance.headline = art.getAttribute('data-claim-title');
        }
        if (art.getAttribute('data-claim-date')) {
          appearance.datePublished = art.getAttribute('data-claim-date');
        }
        if (art.getAttribute('data-claim-source')) {
          appearance.publisher = { '@type': 'Organization', name: art.getAttribute('data-claim-source') };
        }
        return {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          identifier: d.id,
          creativeWorkStatus: 'Draft',
          datePublished: d.date,
          author: { '@type': 'Person', name: d.reviewer },
          claimReviewed: art.getAttribute('data-claim'),
          itemReviewed: { '@type': 'Claim', appearance: appearance },
          reviewRating: { '@type': 'Rating', alternateName: '' },
          reviewBody: art.getAttribute('data-explanation') + (d.note ? ' Reviewer: ' + d.note : ''),
          url: ''
        };
      });
      download('claimreview-drafts.jsonld', 'application/ld+json', JSON.stringify(out, null, 2) + '\n');
    });

    Object.keys(local).forEach(function (id) {
      if (byId[id]) {
        show(byId[id], local[id]);
      } else {
        delete local[id]; // an id this report does not list cannot be shown or exported from here
      }
    });
    showWho();
    count();
    applyFilters();

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
