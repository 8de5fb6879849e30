// Filters for the indicators table and the searchable per-city table.
// Crawled text only ever reaches the page as textContent or as an http(s) href: never as HTML.
(function () {
  "use strict";

  const PAGE_SIZE = 50;
  const WEB_URL = /^https?:\/\/[^\s\x00-\x1f\x7f]+$/i;  // nothing else becomes a link

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function linkOrText(url) {
    if (!WEB_URL.test(url)) return el("span", url);
    const a = el("a", url);
    a.href = url;
    a.rel = "noopener noreferrer nofollow";
    a.target = "_blank";
    return a;
  }

  // ---- Indicators table: show the rows of one base and one stratum. ----
  function setUpIndicatorFilters() {
    const form = document.getElementById("indicator-filters");
    const base = document.getElementById("filter-base");
    const stratum = document.getElementById("filter-stratum");
    const shown = document.getElementById("indicator-count");
    const rows = Array.from(document.querySelectorAll("#indicators-table tbody tr"));
    function apply() {
      let count = 0;
      for (const row of rows) {
        const visible = (!base.value || row.dataset.base === base.value)
          && (!stratum.value || row.dataset.stratum === stratum.value);
        row.hidden = !visible;
        if (visible) count += 1;
      }
      shown.textContent = count + " of " + rows.length + " rows shown";
    }
    base.addEventListener("change", apply);
    stratum.addEventListener("change", apply);
    form.hidden = false;
    apply();
  }

  // ---- Per-city table: search, filter, page, and open the evidence of a city. ----
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setUpCityTable() {
    const data = JSON.parse(document.getElementById("city-data").textContent);
    const F = {};
    data.fields.forEach(function (name, i) { F[name] = i; });
    const cities = data.cities;
    const S = function (ref) { return ref === null ? null : data.strings[ref]; };
    const haystacks = cities.map(function (c) {
      return fold([c[F.name], c[F.insee_code], S(c[F.region]), c[F.platforms]].join(" "));
    });
    const search = document.getElementById("city-search");
    const status = document.getElementById("city-status");
    const feature = document.getElementById("city-feature");
    const body = document.getElementById("city-rows");
    const summary = document.getElementById("city-summary");
    const previous = document.getElementById("city-previous");
    const next = document.getElementById("city-next");
    let matches = [];
    let page = 0;

    for (const value of data.statuses) status.append(new Option(value, value));
    data.flags.forEach(function (flag, bit) { feature.append(new Option(flag[2], String(bit))); });

    function badges(city) {
      const cell = el("td");
      data.flags.forEach(function (flag, bit) {
        if (city[F.flags] & (1 << bit)) {
          const badge = el("span", flag[1], "badge");
          badge.title = flag[2];
          cell.append(badge);
        }
      });
      return cell;
    }

    function evidenceRow(city) {
      const cell = el("td");
      cell.colSpan = 6;
      const website = el("p", "Website: ");
      website.append(linkOrText(city[F.website] || ""));
      cell.append(website);
      if (city[F.platforms]) cell.append(el("p", "Platforms: " + city[F.platforms]));
      const items = city[F.evidence];
      if (!items.length) cell.append(el("p", "No evidence recorded for this city.", "note"));
      const list = el("ul");
      for (const refs of items) {
        const [feature, platform, url, snippet, page, record] = refs.map(S);
        const li = el("li");
        li.append(el("strong", feature));
        if (platform) li.append(" [" + platform + "]");
        if (snippet) li.append(": ", el("span", snippet, "snippet"));
        li.append(el("br"), linkOrText(url || ""));
        if (page) li.append(" (found on ", linkOrText(page), ")");
        if (record) li.append(el("br"), el("span", "as it was: WARC " + record, "note"));
        list.append(li);
      }
      cell.append(list);
      if (city[F.evidence_total] > items.length) {
        cell.append(el("p", items.length + " of " + city[F.evidence_total]
          + " findings shown; the others are in evidence.csv.", "note"));
      }
      const row = el("tr", null, "evidence");
      row.append(cell);
      return row;
    }

    function cityRow(city, index) {
      const row = el("tr");
      const nameCell = el("td");
      const toggle = el("button", city[F.name], "expand");
      toggle.type = "button";
      toggle.dataset.city = String(index);
      toggle.setAttribute("aria-expanded", "false");
      toggle.addEventListener("click", function () {
        const open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        if (open) row.nextSibling.remove();
        else row.after(evidenceRow(city));
      });
      nameCell.append(toggle);
      const level = city[F.level];
      row.append(
        nameCell,
        el("td", city[F.insee_code]),
        el("td", city[F.population] === null ? "–" : city[F.population].toLocaleString("en"), "num"),
        el("td", city[F.status], "status-" + city[F.status]),
        el("td", level === null ? "–" : level + " " + data.ladder[level], "num"),
        badges(city));
      return row;
    }

    function render() {
      const start = page * PAGE_SIZE;
      const shown = matches.slice(start, start + PAGE_SIZE);
      body.replaceChildren.apply(body, shown.map(function (i) { return cityRow(cities[i], i); }));
      summary.textContent = matches.length
        ? "Cities " + (start + 1) + "–" + (start + shown.length) + " of " + matches.length
          + " matching (" + cities.length + " in the survey)"
        : "No city matches (" + cities.length + " in the survey)";
      previous.disabled = page === 0;
      next.disabled = start + PAGE_SIZE >= matches.length;
    }

    function filter() {
      const words = fold(search.value).split(/\s+/).filter(Boolean);
      const bit = feature.value === "" ? -1 : Number(feature.value);
      matches = [];
      cities.forEach(function (city, i) {
        if (status.value && city[F.status] !== status.value) return;
        if (bit >= 0 && !(city[F.flags] & (1 << bit))) return;
        if (words.every(function (w) { return haystacks[i].includes(w); })) matches.push(i);
      });
      page = 0;
      render();
    }

    search.addEventListener("input", filter);
    status.addEventListener("change", filter);
    feature.addEventListener("change", filter);
    previous.addEventListener("click", function () { page -= 1; render(); });
    next.addEventListener("click", function () { page += 1; render(); });
    document.getElementById("city-controls").hidden = false;
    filter();
  }

  setUpIndicatorFilters();
  setUpCityTable();
})();
