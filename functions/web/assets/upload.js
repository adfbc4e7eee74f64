// The upload page's script (served as /assets/upload-<hash>.js, the only script the site runs).
// Without it each form still uploads one file to the bucket and the bucket sends the browser to
// the outcome page. With it: several files at once, dropped or chosen, each posted with
// XMLHttpRequest (for its progress), then its outcome polled and shown as it lands. It builds
// every element with the DOM API (textContent, never markup), as the page's Trusted Types policy
// requires.
(() => {
  const metadataFields = ['id', 'replaces', 'title', 'description', 'licence', 'publisher'];
  const pollEveryMs = 1000;
  const pollForMs = 5 * 60 * 1000;

  const element = (name, attributes, ...children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes ?? {})) node.setAttribute(key, value);
    for (const child of children)
      if (child !== null && child !== undefined && child !== false)
        node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    return node;
  };

  const paragraph = (text) => element('p', { class: 'govuk-body' }, text);

  const tag = (text, colour) =>
    element('strong', { class: `govuk-tag${colour ? ` govuk-tag--${colour}` : ''}` }, text);

  const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

  const describeReading = (read) =>
    [
      read.documentType,
      read.body ?? 'no committee found',
      read.meetingDate ?? 'no meeting date',
      `${plural(read.items, 'item')}, ${plural(read.attendees, 'attendee')}, ${plural(read.decisions, 'decision')}`,
    ].join(' · ');

  const problemsTable = (dataset) => {
    const row = (cells, header) =>
      element(
        'tr',
        { class: 'govuk-table__row' },
        ...cells.map((cell) =>
          element(
            header ? 'th' : 'td',
            header
              ? { scope: 'col', class: 'govuk-table__header' }
              : { class: 'govuk-table__cell' },
            cell === null ? '' : String(cell),
          ),
        ),
      );
    const caption = dataset.partial ? 'Problems found (the first ones)' : 'Problems found';
    return element(
      'div',
      { class: 'app-table-wrapper', tabindex: '0', role: 'region', 'aria-label': caption },
      element(
        'table',
        { class: 'govuk-table' },
        element('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, caption),
        element(
          'thead',
          { class: 'govuk-table__head' },
          row(['Line in the file', 'Field', 'Problem', 'How to fix it'], true),
        ),
        element(
          'tbody',
          { class: 'govuk-table__body' },
          ...dataset.problems.map((problem) =>
            row([problem.line, problem.field, problem.problem, problem.fix]),
          ),
        ),
      ),
    );
  };

  const headlines = {
    accepted: ['Accepted', 'green'],
    duplicate: ['Already published', 'blue'],
    rejected: ['Rejected', 'red'],
    skipped: ['Not ingested', 'grey'],
    withdrawn: ['Withdrawn', 'grey'],
    'taken-down': ['Taken down', 'red'],
  };

  /** The outcome the server said in JSON, as the outcome page shows it. */
  const outcomeView = (outcome) => {
    const [headline, colour] = headlines[outcome.state] ?? ['Unknown', 'grey'];
    const record =
      outcome.record &&
      element(
        'a',
        { class: 'govuk-link', href: outcome.record },
        `${outcome.kind} ${outcome.id}${outcome.version ? `, version ${outcome.version}` : ''}`,
      );
    const parts = [element('p', { class: 'govuk-body' }, tag(headline, colour), ' ', record)];
    if (outcome.reason) parts.push(paragraph(outcome.reason));
    if (outcome.read) {
      parts.push(paragraph(`Read as: ${describeReading(outcome.read)}`));
      for (const warning of outcome.read.warnings) parts.push(paragraph(`Warning: ${warning}`));
    }
    if (outcome.dataset) {
      parts.push(
        paragraph(
          `${plural(outcome.dataset.rows, 'row')} of ${plural(outcome.dataset.fields, 'field')}; ${plural(outcome.dataset.problems.length, 'problem')} listed.`,
        ),
      );
      if (outcome.dataset.problems.length > 0) parts.push(problemsTable(outcome.dataset));
    }
    return parts;
  };

  const poll = (key, since, item) => {
    const started = Date.now();
    const address = `/upload/outcome?key=${encodeURIComponent(key)}&from=${encodeURIComponent(since)}`;
    const ask = () =>
      fetch(address, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
        .then((response) => {
          if (!response.ok) throw new Error(`The site answered ${response.status}`);
          return response.json();
        })
        .then((outcome) => {
          if (outcome.state === 'waiting') {
            if (Date.now() - started > pollForMs)
              item.state.textContent = 'Still being read: see Recent uploads later.';
            else setTimeout(ask, pollEveryMs);
            return;
          }
          item.state.replaceChildren(...outcomeView(outcome));
        })
        .catch((error) => {
          item.state.textContent = `Could not ask what became of it (${error.message}): reload the page to see Recent uploads.`;
        });
    ask();
  };

  const bucketMessage = (xhr) => {
    const match = /<Message>([^<]*)<\/Message>/.exec(xhr.responseText ?? '');
    return match ? match[1] : `the bucket answered ${xhr.status}`;
  };

  const upload = (form, file, metadata, list) => {
    const fields = JSON.parse(form.dataset.fields);
    const key = `${form.dataset.keyPrefix}${file.name}`;
    const progress = element('progress', { max: '100', value: '0' });
    const state = element('div', { class: 'app-upload-state' }, paragraph('Waiting to send…'));
    const label = element('span', { class: 'govuk-body govuk-!-font-weight-bold' }, file.name);
    list.append(element('li', { class: 'app-upload' }, label, ' ', progress, state));
    progress.setAttribute('aria-label', `Upload of ${file.name}`);
    const item = { state };
    if (file.size > Number(form.dataset.maxBytes)) {
      state.replaceChildren(
        paragraph(`Not sent: ${file.name} is larger than the ${form.dataset.maxSize} limit.`),
      );
      progress.remove();
      return;
    }
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    for (const [name, value] of Object.entries(metadata)) data.append(name, value);
    data.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status === 201 || xhr.status === 204) {
        progress.value = 100;
        state.replaceChildren(paragraph('Uploaded; being read…'));
        poll(key, form.dataset.since, item);
      } else state.replaceChildren(paragraph(`Not uploaded: ${bucketMessage(xhr)}.`));
    });
    xhr.addEventListener('error', () => {
      state.replaceChildren(paragraph('Not uploaded: the connection failed. Try again.'));
    });
    xhr.open('POST', form.action);
    xhr.send(data);
  };

  const enhance = (form) => {
    const input = form.querySelector('input[type="file"]');
    const list = document.getElementById(form.dataset.results);
    const error = form.querySelector('.app-upload-error');
    if (!input || !list || !error) return;
    input.multiple = true;
    const over = (on) => form.classList.toggle('app-drop-zone--over', on);
    form.classList.add('app-drop-zone');
    form.addEventListener('dragover', (event) => {
      event.preventDefault();
      over(true);
    });
    form.addEventListener('dragleave', () => over(false));
    form.addEventListener('drop', (event) => {
      event.preventDefault();
      over(false);
      if (event.dataTransfer?.files.length) input.files = event.dataTransfer.files;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const files = [...(input.files ?? [])];
      const metadata = {};
      for (const name of metadataFields) {
        const value = form.elements[`x-amz-meta-${name}`]?.value.trim();
        if (value) metadata[`x-amz-meta-${name}`] = value;
      }
      const problem =
        files.length === 0
          ? 'Choose a file, or drop files here.'
          : metadata['x-amz-meta-id'] && files.length > 1
            ? 'An id names one record: choose one file, or leave the id blank.'
            : metadata['x-amz-meta-replaces'] && files.length > 1
              ? 'A replaced record is one record: choose one file, or leave it blank.'
              : '';
      error.textContent = problem;
      error.hidden = problem === '';
      if (problem) {
        input.focus();
        return;
      }
      for (const file of files) upload(form, file, metadata, list);
      form.reset();
    });
  };

  for (const form of document.querySelectorAll('form[data-upload-form]')) enhance(form);
})();
