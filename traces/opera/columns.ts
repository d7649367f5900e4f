/** OPeRA's action-table columns, in the order the published Parquet files have them. */
export const FILTERED_ACTION_COLUMNS = [
  'session_id',
  'action_id',
  'timestamp',
  'action_type',
  'click_type',
  'semantic_id',
  'mouse_position',
  'element_meta',
  'url',
  'window_size',
  'page_meta',
  'simplified_html',
  'rationale',
  'products',
  'input_text',
  'image',
] as const

export const FULL_ACTION_COLUMNS = [
  'session_id',
  'action_id',
  'timestamp',
  'action_type',
  'navigation_type',
  'simplified_html',
  'simplified_html_new_page',
  'url',
  'window_size',
  'page_meta',
  'rationale',
  'products',
  'scroll_detail',
  'click_type',
  'semantic_id',
  'target',
  'mouse_position',
  'element_meta',
  'input_text',
  'image',
  'image_new_page',
] as const

export type ActionColumn = (typeof FULL_ACTION_COLUMNS)[number]
/** An action row as stored: every column a string, any of them possibly missing. */
export type ActionRow = Partial<Record<ActionColumn, string | null>>

export const SESSION_COLUMNS = ['session_id', 'user_id', 'action_count'] as const
export const USER_COLUMNS = [
  'user_id',
  'survey',
  'raw_survey',
  'interview_transcript',
  'interview_transcript_processed',
] as const
export const IMAGE_COLUMNS = ['image', 'image_name'] as const

export const DATASET_VERSIONS = ['filtered', 'full'] as const
export type DatasetVersion = (typeof DATASET_VERSIONS)[number]
export const SPLITS = ['train', 'test'] as const
export type Split = (typeof SPLITS)[number]

export function actionColumns(version: DatasetVersion): readonly ActionColumn[] {
  return version === 'full' ? FULL_ACTION_COLUMNS : FILTERED_ACTION_COLUMNS
}

/** The folder of a version inside a dataset root, as published. */
export function versionFolder(version: DatasetVersion): string {
  return version === 'full' ? 'OPeRA_full' : 'OPeRA_filtered'
}
