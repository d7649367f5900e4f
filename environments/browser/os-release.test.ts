import { describe, expect, it } from 'vitest'
import { aptChromiumPackage, parseOsRelease } from './os-release.js'

const DEBIAN = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
ID=debian
`
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n'
const MINT = "ID=linuxmint\nID_LIKE='ubuntu debian'\n"
const RASPBIAN = 'ID=raspbian\nID_LIKE=debian\n'
const FEDORA = 'ID=fedora\nVERSION_ID=40\n'

describe('parseOsRelease', () => {
  it('reads KEY=value lines and strips quotes', () => {
    expect(parseOsRelease(DEBIAN)).toEqual({
      PRETTY_NAME: 'Debian GNU/Linux 12 (bookworm)',
      NAME: 'Debian GNU/Linux',
      VERSION_ID: '12',
      ID: 'debian',
    })
    expect(parseOsRelease(MINT).ID_LIKE).toBe('ubuntu debian')
    expect(parseOsRelease('# comment\n\nnot a line\n')).toEqual({})
  })
})

describe('aptChromiumPackage', () => {
  it.each([
    ['Debian', DEBIAN, 'chromium'],
    ['Raspbian (Debian-like)', RASPBIAN, 'chromium'],
    ['Ubuntu', UBUNTU, 'chromium-browser'],
    ['Linux Mint (Ubuntu-like)', MINT, 'chromium-browser'],
    ['Fedora', FEDORA, undefined],
  ])('%s -> %s', (_name, text, expected) => {
    expect(aptChromiumPackage(parseOsRelease(text))).toBe(expected)
  })
})
