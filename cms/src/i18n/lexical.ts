import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { RichTextAdapterProvider } from 'payload'

import { lexicalDe } from './de'

/**
 * Wraps the root rich-text editor so that our formal German for the editor wins.
 *
 * While the config is sanitized, lexicalEditor() merges its own translations *over*
 * config.i18n.translations (richtext-lexical/dist/index.js), so its informal placeholder
 * ("Beginne zu tippen …") would replace ours from i18n.translations. Re-applying ours right after
 * it keeps a single source of strings (de.ts) and works for every feature lexical adds.
 */
export function withFormalGerman<Value extends object, AdapterProps, Extra>(
  editor: RichTextAdapterProvider<Value, AdapterProps, Extra>,
): RichTextAdapterProvider<Value, AdapterProps, Extra> {
  return async (args) => {
    const adapter = await editor(args)
    args.config.i18n.translations = deepMergeSimple(args.config.i18n.translations, { de: lexicalDe })
    return adapter
  }
}
