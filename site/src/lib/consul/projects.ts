// Budget projects (Consul's Budget::Investment) for the district pages. What Consul's public
// GraphQL API gives (app/graphql/types/budget_type.rb, budget_investment_type.rb) decides the
// shape: a budget's `investments` answers every public investment of the instance, not that
// budget's (the resolver returns Budget::Investment.public_for_api), and an investment carries no
// heading, geozone or budget. So the projects are read once, through one budget; their district
// comes from the author's free-text location (lib/politics.ts, the geozone table), and the link
// names the budget only when the instance has just one.
import { fetchAll, type Requester } from './client'
import { investmentsData, type BudgetNode, type InvestmentNode } from './schema'
import { plainText, shorten } from './text'

export type BudgetProject = {
  title: string
  summary: string
  url: string
  /** Where the author says the project is (Consul's free-text "location"). */
  location?: string
  /** Consul's valuation: undecided, feasible (unfeasible ones are not kept). */
  feasibility?: string
  /** The phase of its budget, known only when the instance has a single budget. */
  phase?: string
  comments?: number
}

const INVESTMENT_FIELDS = 'id title description location feasibility commentsCount'

/** The phases in which a budget's projects are current; drafting budgets are not public. */
const CURRENT = new Set([
  'informing',
  'accepting',
  'reviewing',
  'selecting',
  'valuating',
  'publishing_prices',
  'balloting',
  'reviewing_ballots',
  'finished',
])

export async function fetchProjects(
  request: Requester,
  instanceUrl: string,
  budgets: BudgetNode[],
): Promise<BudgetProject[]> {
  const visible = budgets.filter((b) => CURRENT.has(b.phase))
  // Any budget gives the same list; an open one is the likeliest to have projects at all.
  const via = visible.find((b) => b.phase !== 'finished') ?? visible[0]
  if (!via) return []
  const nodes = await fetchAll(
    request,
    'investments',
    INVESTMENT_FIELDS,
    investmentsData,
    (d) => d.budget.investments,
    `budget(id: ${JSON.stringify(via.id)})`,
  )
  const only = budgets.length === 1 ? budgets[0] : undefined
  // Paging over a list that changes while we read it can show a project twice.
  const unique = [...new Map(nodes.map((n) => [n.id, n])).values()]
  return unique
    .filter((n) => plainText(n.title) && n.feasibility !== 'unfeasible')
    .map((n) => projectOf(n, instanceUrl, only))
}

function projectOf(n: InvestmentNode, instanceUrl: string, only: BudgetNode | undefined): BudgetProject {
  // Consul loads an investment through its budget (/budgets/:budget_id/investments/:id): with
  // several budgets the API does not say which, and a wrong one is a "not found" page, so the
  // link goes to the list of budgets instead.
  const url = only
    ? `${instanceUrl}/budgets/${encodeURIComponent(only.id)}/investments/${encodeURIComponent(n.id)}`
    : `${instanceUrl}/budgets`
  const project: BudgetProject = {
    title: plainText(n.title),
    summary: shorten(plainText(n.description)),
    url,
  }
  const location = plainText(n.location)
  if (location) project.location = location
  if (n.feasibility === 'feasible' || n.feasibility === 'undecided') project.feasibility = n.feasibility
  if (only) project.phase = only.phase
  if (typeof n.commentsCount === 'number') project.comments = n.commentsCount
  return project
}
