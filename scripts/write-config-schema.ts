// Regenerates schema/shopsim.config.schema.json from the zod schema (npm run build:config-schema).
import { writeFileSync } from 'node:fs'
import { configJsonSchema } from '../simulator/cli/config-file.js'

writeFileSync('schema/shopsim.config.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`)
