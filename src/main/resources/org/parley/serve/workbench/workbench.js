// parley workbench: completes actor names in every input marked data-complete="actor", from the
// names articles give actors in the store (/workbench/names). Names go in only as option values.
(function () {
  'use strict';
  var count = 0;
  function attach(input) {
    var list = document.createElement('datalist');
    list.id = 'parley-names-' + (++count);
    input.setAttribute('list', list.id);
    input.insertAdjacentElement('afterend', list);
    var timer = null;
    var asked = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var typed = input.value.trim();
        if (typed === '' || typed === asked) return;
        asked = typed;
        fetch('/workbench/names?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (names) {
            if (asked !== typed) return;
            while (list.firstChild) list.removeChild(list.firstChild);
            names.forEach(function (name) {
              var option = document.createElement('option');
              option.value = name;
              list.appendChild(option);
            });
            input.setAttribute('data-completions', String(names.length));
          })
          .catch(function () { /* completion is a help; the form works without it */ });
      }, 150);
    });
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-complete="actor"]'), attach);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
