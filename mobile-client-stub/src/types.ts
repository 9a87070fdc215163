// Names for the spec's schemas, so views read `HelpRequest` instead of the generated paths.
// Everything here comes from src/generated/api.d.ts (openapi-typescript): a spec change breaks tsc.
import type { components, paths } from './generated/api';

export type { paths };
type S = components['schemas'];
export type AccountView = S['AccountView'];
export type TokenPair = S['TokenPair'];
export type Role = S['Role'];
export type Problem = S['Problem'];
export type GeoJsonPoint = S['GeoJsonPoint'];
export type HelpRequest = S['HelpRequest'];
export type NewHelpRequest = S['NewHelpRequest'];
export type RequestStatus = S['RequestStatus'];
export type InitiativeKind = S['InitiativeKind'];
export type Skill = S['Skill'];
export type Offer = S['Offer'];
export type NotificationView = S['NotificationView'];
export type VolunteerProfile = S['VolunteerProfile'];
export type VolunteerProfileForm = S['VolunteerProfileForm'];
export type Capacity = S['Capacity'];
export type WeeklySlot = S['WeeklySlot'];
export type Verification = S['Verification'];
export type MatchingLog = S['MatchingLog'];
export type WijkCollection = S['WijkCollection'];
export type WijkFeature = S['WijkFeature'];
export type Address = S['Address'];
export type Gemeente = S['Gemeente'];
export type CareSignal = S['CareSignal'];
export type CareSignalReceipt = S['CareSignalReceipt'];
export type SignalTrends = S['SignalTrends'];
export type OutcomeReport = S['OutcomeReport'];
