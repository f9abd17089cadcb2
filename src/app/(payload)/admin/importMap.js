import { AssetRightsNotice as AssetRightsNotice_83769812f3340302b693eaa118a4a196 } from '../../../../plugins/media/components/AssetRightsNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LengthMeter as LengthMeter_0d27e534101fa572d51ade3273d52d83 } from '../../../../collections/Stories/components/LengthMeter'
import { AiAssistantPanel as AiAssistantPanel_72ec419b4859020289268563a239e128 } from '../../../../plugins/ai/components/AiAssistantPanel'
import { StoryDistributionPanel as StoryDistributionPanel_40e7ef01b0e8185e8d7e9d24e2724516 } from '../../../../plugins/distribution/components/StoryDistributionPanel'
import { StoryPrintPlacements as StoryPrintPlacements_ab9a80f1c7567156a154532ec9817533 } from '../../../../plugins/print/components/StoryPrintPlacements'
import { MediaProcessingPanel as MediaProcessingPanel_a55cc7fcc19de403ad42d6fbf4ae2f92 } from '../../../../plugins/media/components/MediaProcessingPanel'
import { MediaKindCell as MediaKindCell_4804ab725cb921300593cc1206abf5df } from '../../../../plugins/media/components/MediaKindCell'
import { JobsNavLink as JobsNavLink_29ab015e991de4639f2dbdff3db97425 } from '../../../../plugins/jobs/components/JobsNavLink'
import { AiNavLink as AiNavLink_609e773fb4014818dba1901abc54bc54 } from '../../../../plugins/ai/components/AiNavLink'
import { DistributionNavLink as DistributionNavLink_853b0ebfbfaaff726ac387a67fbda555 } from '../../../../plugins/distribution/components/DistributionNavLink'
import { PlanningNavLink as PlanningNavLink_82d2397f6a4e4b83981c1727d7d0bd4d } from '../../../../plugins/planning/components/PlanningNavLink'
import { PrintNavLink as PrintNavLink_01659d8c568f45ecf8099900a1872b8a } from '../../../../plugins/print/components/PrintNavLink'
import { EpaperNavLink as EpaperNavLink_5b35cf6eacb1db8bd460d96a22de5b39 } from '../../../../plugins/epaper/components/EpaperNavLink'
import { RundownsNavLink as RundownsNavLink_db5954ac25d86dfffe62e55e4e4722fd } from '../../../../plugins/broadcast/components/RundownsNavLink'
import { AirtimeNavLink as AirtimeNavLink_166f771586bf5f0453c4e2c5ec00bbdc } from '../../../../plugins/airtime/components/AirtimeNavLink'
import { RevenueNavLink as RevenueNavLink_601793724285fb1c7aa3c882d359823b } from '../../../../plugins/revenue/components/RevenueNavLink'
import { FiguresNavLink as FiguresNavLink_a498826107f5fcfc50001e81da1ce873 } from '../../../../plugins/kpis/components/FiguresNavLink'
import { MaturityNavLink as MaturityNavLink_8d860e37a13fefd0eccd9d11f529a21a } from '../../../../plugins/maturity/components/MaturityNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { JobsView as JobsView_a07ee250ab38d6a78227586bbf4487ee } from '../../../../plugins/jobs/components/JobsView'
import { AiShareView as AiShareView_f40b41095ca5a0eb35f9d0c2e33a5555 } from '../../../../plugins/ai/components/AiShareView'
import { DistributionView as DistributionView_f68def584bd2fbd9e5d20014d7767d64 } from '../../../../plugins/distribution/components/DistributionView'
import { PlanningView as PlanningView_9b24edff1ed654ea7a47df4c3043a758 } from '../../../../plugins/planning/components/PlanningView'
import { PrintView as PrintView_8efe671f852d68eb8a24b133d2cca4a4 } from '../../../../plugins/print/components/PrintView'
import { EpaperView as EpaperView_fa0ac20a91193bebaa7cc0512a3f23b4 } from '../../../../plugins/epaper/components/EpaperView'
import { RundownsView as RundownsView_8e163000bce965810354b0d96b72934d } from '../../../../plugins/broadcast/components/RundownsView'
import { AirtimeView as AirtimeView_c044224a5b471bbd870537506af053a0 } from '../../../../plugins/airtime/components/AirtimeView'
import { RevenueView as RevenueView_5c6f464c81437a09ad5786d328a2895b } from '../../../../plugins/revenue/components/RevenueView'
import { FiguresView as FiguresView_3272bac1e12c566a6a7b64c74f439dcd } from '../../../../plugins/kpis/components/FiguresView'
import { MaturityView as MaturityView_cc968a3e2db60a99ead5716dd8d9721e } from '../../../../plugins/maturity/components/MaturityView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/media/components/AssetRightsNotice#AssetRightsNotice": AssetRightsNotice_83769812f3340302b693eaa118a4a196,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Stories/components/LengthMeter#LengthMeter": LengthMeter_0d27e534101fa572d51ade3273d52d83,
  "/plugins/ai/components/AiAssistantPanel#AiAssistantPanel": AiAssistantPanel_72ec419b4859020289268563a239e128,
  "/plugins/distribution/components/StoryDistributionPanel#StoryDistributionPanel": StoryDistributionPanel_40e7ef01b0e8185e8d7e9d24e2724516,
  "/plugins/print/components/StoryPrintPlacements#StoryPrintPlacements": StoryPrintPlacements_ab9a80f1c7567156a154532ec9817533,
  "/plugins/media/components/MediaProcessingPanel#MediaProcessingPanel": MediaProcessingPanel_a55cc7fcc19de403ad42d6fbf4ae2f92,
  "/plugins/media/components/MediaKindCell#MediaKindCell": MediaKindCell_4804ab725cb921300593cc1206abf5df,
  "/plugins/jobs/components/JobsNavLink#JobsNavLink": JobsNavLink_29ab015e991de4639f2dbdff3db97425,
  "/plugins/ai/components/AiNavLink#AiNavLink": AiNavLink_609e773fb4014818dba1901abc54bc54,
  "/plugins/distribution/components/DistributionNavLink#DistributionNavLink": DistributionNavLink_853b0ebfbfaaff726ac387a67fbda555,
  "/plugins/planning/components/PlanningNavLink#PlanningNavLink": PlanningNavLink_82d2397f6a4e4b83981c1727d7d0bd4d,
  "/plugins/print/components/PrintNavLink#PrintNavLink": PrintNavLink_01659d8c568f45ecf8099900a1872b8a,
  "/plugins/epaper/components/EpaperNavLink#EpaperNavLink": EpaperNavLink_5b35cf6eacb1db8bd460d96a22de5b39,
  "/plugins/broadcast/components/RundownsNavLink#RundownsNavLink": RundownsNavLink_db5954ac25d86dfffe62e55e4e4722fd,
  "/plugins/airtime/components/AirtimeNavLink#AirtimeNavLink": AirtimeNavLink_166f771586bf5f0453c4e2c5ec00bbdc,
  "/plugins/revenue/components/RevenueNavLink#RevenueNavLink": RevenueNavLink_601793724285fb1c7aa3c882d359823b,
  "/plugins/kpis/components/FiguresNavLink#FiguresNavLink": FiguresNavLink_a498826107f5fcfc50001e81da1ce873,
  "/plugins/maturity/components/MaturityNavLink#MaturityNavLink": MaturityNavLink_8d860e37a13fefd0eccd9d11f529a21a,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/plugins/jobs/components/JobsView#JobsView": JobsView_a07ee250ab38d6a78227586bbf4487ee,
  "/plugins/ai/components/AiShareView#AiShareView": AiShareView_f40b41095ca5a0eb35f9d0c2e33a5555,
  "/plugins/distribution/components/DistributionView#DistributionView": DistributionView_f68def584bd2fbd9e5d20014d7767d64,
  "/plugins/planning/components/PlanningView#PlanningView": PlanningView_9b24edff1ed654ea7a47df4c3043a758,
  "/plugins/print/components/PrintView#PrintView": PrintView_8efe671f852d68eb8a24b133d2cca4a4,
  "/plugins/epaper/components/EpaperView#EpaperView": EpaperView_fa0ac20a91193bebaa7cc0512a3f23b4,
  "/plugins/broadcast/components/RundownsView#RundownsView": RundownsView_8e163000bce965810354b0d96b72934d,
  "/plugins/airtime/components/AirtimeView#AirtimeView": AirtimeView_c044224a5b471bbd870537506af053a0,
  "/plugins/revenue/components/RevenueView#RevenueView": RevenueView_5c6f464c81437a09ad5786d328a2895b,
  "/plugins/kpis/components/FiguresView#FiguresView": FiguresView_3272bac1e12c566a6a7b64c74f439dcd,
  "/plugins/maturity/components/MaturityView#MaturityView": MaturityView_cc968a3e2db60a99ead5716dd8d9721e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
