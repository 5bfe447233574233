import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { exportFormatOf } from '../../../shared/own-data/export-format.ts';

describe('the export’s format', () => {
  it('is what ?format says, whatever the Accept header', () => {
    assert.equal(exportFormatOf('json', 'application/pdf'), 'json');
    assert.equal(exportFormatOf('html', 'application/json'), 'html');
    assert.equal(exportFormatOf('pdf', undefined), 'pdf');
  });

  it('otherwise follows the Accept header, JSON when it names neither page nor PDF', () => {
    assert.equal(exportFormatOf(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'), 'html');
    assert.equal(exportFormatOf(undefined, 'application/pdf'), 'pdf');
    assert.equal(exportFormatOf(undefined, 'application/json'), 'json');
    assert.equal(exportFormatOf(undefined, '*/*'), 'json');
    assert.equal(exportFormatOf(undefined, 'text/htmlx'), 'json');
    assert.equal(exportFormatOf(undefined, undefined), 'json');
  });
});
