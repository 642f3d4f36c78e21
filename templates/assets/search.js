/* Search over the index built with the site (search-index.js) on the static
   page, without a server: every word of the query must occur in a page,
   compared by Snowball stems; pages are ranked by the weight of the matches
   (a word of the title counts most). Plain ES5, no modules: it also runs
   from file://. */
(function () {
  'use strict';
  var index = window.OTKLIK_SEARCH;
  var stem = window.otklikRussianStem;
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var input = document.getElementById('search-q');
  if (!index || !stem || !status || !list) return;

  // The same words as the build's search_terms(): lower case, ё as е,
  // Cyrillic words stemmed, Latin words and numbers as they are.
  function terms(text) {
    var words = text.toLowerCase().replace(/ё/g, 'е').match(/[а-я]+|[a-z0-9]+/g) || [];
    var out = [];
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (w.length < 2) continue;
      out.push(/[а-я]/.test(w) ? stem(w) : w);
    }
    return out;
  }

  function plural(n, one, few, many) {
    var m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) return one;
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
    return many;
  }

  function search(query) {
    var wanted = terms(query);
    if (wanted.length === 0) return null;
    var scores = null;
    for (var i = 0; i < wanted.length; i++) {
      var hits = index.terms[wanted[i]] || [];
      var next = {};
      for (var h = 0; h < hits.length; h++) {
        var page = hits[h][0];
        if (scores === null || scores.hasOwnProperty(page))
          next[page] = (scores === null ? 0 : scores[page]) + hits[h][1];
      }
      scores = next;
    }
    var found = Object.keys(scores).map(Number);
    found.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    return found;
  }

  function show(query) {
    var found = search(query);
    list.innerHTML = '';
    if (found === null) {
      status.textContent = 'Введите слово или несколько слов.';
      return;
    }
    for (var i = 0; i < found.length; i++) {
      var page = index.pages[found[i]];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = page[0];
      link.textContent = page[1];
      item.appendChild(link);
      if (page[2]) {
        var text = document.createElement('p');
        text.textContent = page[2];
        item.appendChild(text);
      }
      list.appendChild(item);
    }
    status.textContent = found.length === 0
      ? 'По запросу «' + query + '» ничего не найдено.'
      : 'По запросу «' + query + '» найдено ' + found.length + ' ' +
        plural(found.length, 'страница', 'страницы', 'страниц') + '.';
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  if (input) input.value = query;
  show(query);
})();
