import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of the integrity domain. */
export const integrityApi = {
  get: (input: ChannelInput<'integrity:get'>) => call('integrity:get', input),
  indicatorOptions: () => call('integrity:indicatorOptions', undefined),
  createAssessment: (input: ChannelInput<'integrity:createAssessment'>) =>
    call('integrity:createAssessment', input),
  updateAssessment: (input: ChannelInput<'integrity:updateAssessment'>) =>
    call('integrity:updateAssessment', input),
  deleteAssessment: (input: ChannelInput<'integrity:deleteAssessment'>) =>
    call('integrity:deleteAssessment', input),
  rateFactor: (input: ChannelInput<'integrity:rateFactor'>) => call('integrity:rateFactor', input),
  createAction: (input: ChannelInput<'integrity:createAction'>) =>
    call('integrity:createAction', input),
  updateAction: (input: ChannelInput<'integrity:updateAction'>) =>
    call('integrity:updateAction', input),
  deleteAction: (input: ChannelInput<'integrity:deleteAction'>) =>
    call('integrity:deleteAction', input),
  createWave: (input: ChannelInput<'integrity:createWave'>) => call('integrity:createWave', input),
  updateWave: (input: ChannelInput<'integrity:updateWave'>) => call('integrity:updateWave', input),
  deleteWave: (input: ChannelInput<'integrity:deleteWave'>) => call('integrity:deleteWave', input),
}
