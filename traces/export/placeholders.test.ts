import { describe, expect, it } from 'vitest'
import { countPlaceholders, escapePlaceholders, withImagePlaceholders } from './placeholders.js'
import { promptParts } from './prompt-parts.js'

describe('image placeholders', () => {
  it('escapes every reserved tag a page may contain, so only ours are counted', () => {
    const page = '<svg><image href="x"/></svg> literal <image> and <video> and <audio>'
    const escaped = escapePlaceholders(page)
    expect(escaped).toContain('&lt;image&gt; and &lt;video&gt; and &lt;audio&gt;')
    expect(escaped).toContain('<image href="x"/>')
    expect(countPlaceholders(escaped)).toBe(0)
  })

  it('puts one placeholder per image first, and none without images', () => {
    expect(withImagePlaceholders('page <image>', 1)).toBe('<image>\npage &lt;image&gt;')
    expect(countPlaceholders(withImagePlaceholders('x', 2))).toBe(2)
    expect(withImagePlaceholders('x', 0)).toBe('x')
  })
})

describe('promptParts', () => {
  it('takes the system text, the user text and the decoded image out of a rendered prompt', () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00])
    const parts = promptParts([
      { role: 'system', content: 'rules' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'the page' },
          { type: 'image_url', image_url: { url: `data:image/jpeg;base64,${bytes.toString('base64')}` } },
        ],
      },
    ])
    expect(parts).toMatchObject({
      system: 'rules',
      user: 'the page',
      image: { mime: 'image/jpeg', ext: 'jpg' },
    })
    expect(parts.image?.bytes.equals(bytes)).toBe(true)
    expect(promptParts([{ role: 'user', content: 'text only' }])).toEqual({ system: '', user: 'text only' })
  })
})
