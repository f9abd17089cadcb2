import { buildNewsroomConfig } from './config/buildNewsroomConfig'
import { loadSettings } from './config/settings'

export default buildNewsroomConfig(loadSettings())
