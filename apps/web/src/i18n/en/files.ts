import type { Translation } from '../fr';

export const files: Pick<Translation, 'files'> = {
  files: {
    field: {
      legend: 'Files',
      hint: 'Accepted types: {{types}}. The type is checked from the file’s content.',
      choose: 'Add files',
      drop: 'You can also drop files here.',
      listLabel: 'Attached files',
      progress: 'Uploading {{name}}',
      sent: 'Uploaded',
      failed: 'Upload of “{{name}}” interrupted: {{message}}',
      refused: '“{{name}}” refused: {{message}}',
      main: 'Main file',
      moveUp: 'Move up',
      moveDown: 'Move down',
      remove: 'Remove',
      cancel: 'Cancel upload',
      resume: 'Resume',
      connectionLost: 'the connection was lost.',
      stillUploading: 'Wait until the files are uploaded before saving.',
      attachPdf: 'Attach this PDF as a file',
      attachingPdf: 'Fetching the PDF…',
      attachPdfFailed: 'The PDF could not be attached: {{message}}',
    },
    list: {
      title: 'Files',
      main: 'Main file',
      download: 'Download',
      open: 'Open',
      newTab: '(new tab)',
      thumbnailAlt: 'First page of {{name}}',
      text: {
        pending: 'Text being extracted',
        image_only: 'Image-only PDF: no text extracted',
        failed: 'Text not extracted: {{message}}',
      },
      pages_one: '{{count}} page',
      pages_other: '{{count}} pages',
    },
  },
};
