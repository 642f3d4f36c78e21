/* The Snowball Russian stemmer (https://snowballstem.org/algorithms/russian/
   stemmer.html), ported to plain JavaScript so that the static site's search
   stems a query exactly as otklik's build stemmed the pages with libstemmer.
   A test runs both over every word of the sample site and requires the same
   stems. Input: one lower-case word; ё is read as е. */
(function (root) {
  'use strict';

  var VOWELS = 'аеиоуыэюя';

  function isVowel(c) {
    return VOWELS.indexOf(c) >= 0;
  }

  var GERUND_1 = ['в', 'вши', 'вшись'];
  var GERUND_2 = ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'];
  var ADJECTIVE = ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым',
    'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'];
  var PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
  var PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
  var REFLEXIVE = ['ся', 'сь'];
  var VERB_1 = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны',
    'ть', 'ешь', 'нно'];
  var VERB_2 = ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл',
    'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть',
    'ишь', 'ую', 'ю'];
  var NOUN = ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей',
    'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь',
    'ию', 'ью', 'ю', 'ия', 'ья', 'я'];

  // Snowball's `among`: the longest ending of the lists that lies wholly at
  // or after `limit`. Returns {ending, group} or null.
  function longest(word, limit, groups) {
    var best = null;
    for (var g = 0; g < groups.length; g++) {
      for (var i = 0; i < groups[g].length; i++) {
        var e = groups[g][i];
        if (word.length - e.length < limit) continue;
        if (word.slice(word.length - e.length) !== e) continue;
        if (best === null || e.length > best.ending.length) best = { ending: e, group: g };
      }
    }
    return best;
  }

  // Removes the longest ending of `groups` found in the region; an ending of
  // group 0 when `afterAYa` must follow а or я (also in the region), which
  // stays. Returns the new word, or null when nothing was removed.
  function removeEnding(word, limit, groups, afterAYa) {
    var found = longest(word, limit, groups);
    if (found === null) return null;
    var at = word.length - found.ending.length;
    if (afterAYa && found.group === 0) {
      var before = word.charAt(at - 1);
      if (at - 1 < limit || (before !== 'а' && before !== 'я')) return null;
    }
    return word.slice(0, at);
  }

  // RV starts after the first vowel; R2 is R1 of R1, where R1 starts after
  // the first non-vowel that follows a vowel.
  function regions(word) {
    var n = word.length;
    var i = 0;
    while (i < n && !isVowel(word.charAt(i))) i++;
    var pV = i < n ? i + 1 : n;
    var p = pV;
    while (p < n && isVowel(word.charAt(p))) p++;
    p = p < n ? p + 1 : n;  // R1
    while (p < n && !isVowel(word.charAt(p))) p++;
    p = p < n ? p + 1 : n;
    while (p < n && isVowel(word.charAt(p))) p++;
    var p2 = p < n ? p + 1 : n;
    return { pV: pV, p2: p2 };
  }

  function step1(word, pV) {
    var w = removeEnding(word, pV, [GERUND_1, GERUND_2], true);
    if (w !== null) return w;
    w = word;
    var r = removeEnding(w, pV, [REFLEXIVE], false);
    if (r !== null) w = r;
    var a = removeEnding(w, pV, [ADJECTIVE], false);
    if (a !== null) {
      var p = removeEnding(a, pV, [PARTICIPLE_1, PARTICIPLE_2], true);
      return p !== null ? p : a;
    }
    var v = removeEnding(w, pV, [VERB_1, VERB_2], true);
    if (v !== null) return v;
    var n = removeEnding(w, pV, [NOUN], false);
    return n !== null ? n : w;
  }

  function endsWith(word, limit, ending) {
    return word.length - ending.length >= limit && word.slice(word.length - ending.length) === ending;
  }

  function tidyUp(word, pV) {
    var found = longest(word, pV, [['ейш', 'ейше', 'н', 'ь']]);
    if (found === null) return word;
    if (found.ending === 'ь') return word.slice(0, -1);
    if (found.ending === 'н') return endsWith(word, pV, 'нн') ? word.slice(0, -1) : word;
    var w = word.slice(0, word.length - found.ending.length);
    return endsWith(w, pV, 'нн') ? w.slice(0, -1) : w;
  }

  function stem(input) {
    var word = input.replace(/ё/g, 'е');
    var r = regions(word);
    word = step1(word, r.pV);
    if (endsWith(word, r.pV, 'и')) word = word.slice(0, -1);
    var d = longest(word, Math.max(r.p2, r.pV), [['ост', 'ость']]);
    if (d !== null) word = word.slice(0, word.length - d.ending.length);
    return tidyUp(word, r.pV);
  }

  root.otklikRussianStem = stem;
  if (typeof module !== 'undefined' && module.exports) module.exports = stem;
})(typeof window !== 'undefined' ? window : this);
