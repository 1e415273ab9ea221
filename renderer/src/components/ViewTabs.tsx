import { useState, type ReactNode } from 'react'
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components'

interface ViewTabsProps<T extends string> {
  tabs: readonly T[]
  selected: T
  onSelect(tab: T): void
  /** Names the tab list for screen readers. */
  label: string
  tabLabel(tab: T): string
  className: string
  /** The content of each tab; only the selected one is rendered. */
  panels: Record<T, ReactNode>
}

/** The tabs of a view or a section: a labelled tab list and one panel per tab. */
export function ViewTabs<T extends string>(props: ViewTabsProps<T>) {
  return (
    <Tabs
      selectedKey={props.selected}
      onSelectionChange={(key) => props.onSelect(String(key) as T)}
      className={props.className}
    >
      <TabList aria-label={props.label} className="view-tab-list">
        {props.tabs.map((id) => (
          <Tab key={id} id={id} className="view-tab">
            {props.tabLabel(id)}
          </Tab>
        ))}
      </TabList>
      {props.tabs.map((id) => (
        <TabPanel key={id} id={id} className="view-tab-panel">
          {props.panels[id]}
        </TabPanel>
      ))}
    </Tabs>
  )
}

/**
 * The tab of a view kept in the address (#/view/tab), so a reload or a link opens it again; the
 * first tab when the address names none.
 */
export function useHashTab<T extends string>(view: string, tabs: readonly T[]) {
  const [tab, setTab] = useState<T>(() => {
    const part = window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? ''
    return (tabs as readonly string[]).includes(part) ? (part as T) : tabs[0]!
  })
  const select = (next: T) => {
    setTab(next)
    window.history.replaceState(window.history.state, '', `#/${view}/${next}`)
  }
  return [tab, select] as const
}
