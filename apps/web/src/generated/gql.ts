/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DevMailbox {\n    devMailbox {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  fragment InvitationFields on Invitation {\n    email\n    name\n    role\n    expiresAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n    invitationStatus(token: $token)\n  }\n": typeof types.InvitationDocument,
    "\n  query AccountFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AccountFormOptionsDocument,
    "\n  query ProfileDirectory($slug: String!) {\n    memberProfile(slug: $slug) {\n      directory {\n        audiences {\n          slug\n        }\n        languages\n        contactThemes {\n          id\n          slug\n        }\n        directoryVisibility\n        acceptsMessages\n      }\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": typeof types.ProfileDirectoryDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query DigestSetting {\n    viewer {\n      id\n      digestEnabled\n    }\n  }\n": typeof types.DigestSettingDocument,
    "\n  mutation SetDigestEnabled($enabled: Boolean!) {\n    setDigestEnabled(enabled: $enabled)\n  }\n": typeof types.SetDigestEnabledDocument,
    "\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n      itemCount\n    }\n  }\n": typeof types.DigestPreviewDocument,
    "\n  mutation CompleteWelcome($input: WelcomeInput!) {\n    completeWelcome(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.CompleteWelcomeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  fragment MemberAccountFields on MemberAccount {\n    id\n    slug\n    name\n    email\n    role\n    lastSignInAt\n    deactivatedAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.MemberAccountFieldsFragmentDoc,
    "\n  query MemberAccounts {\n    memberAccounts {\n      ...MemberAccountFields\n    }\n  }\n": typeof types.MemberAccountsDocument,
    "\n  mutation ChangeRole($memberSlug: String!, $role: Role!) {\n    changeRole(memberSlug: $memberSlug, role: $role) {\n      ...MemberAccountFields\n    }\n  }\n": typeof types.ChangeRoleDocument,
    "\n  mutation DeactivateMember($memberSlug: String!) {\n    deactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($memberSlug: String!) {\n    reactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  fragment PendingInvitationFields on PendingInvitation {\n    id\n    email\n    name\n    role\n    invitedBy\n    sentAt\n    expiresAt\n    expired\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.PendingInvitationFieldsFragmentDoc,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      ...PendingInvitationFields\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...PendingInvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query AuditLog($limit: Int) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actor\n      subject\n      details\n      createdAt\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    slug\n    label\n    labelEn\n    description\n  }\n": typeof types.ThemeFieldsFragmentDoc,
    "\n  query Themes {\n    themes {\n      ...ThemeFields\n    }\n  }\n": typeof types.ThemesDocument,
    "\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": typeof types.CreateThemeDocument,
    "\n  mutation UpdateTheme($slug: String!, $input: ThemeInput!) {\n    updateTheme(slug: $slug, input: $input) {\n      ...ThemeFields\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  mutation DeleteTheme($slug: String!) {\n    deleteTheme(slug: $slug)\n  }\n": typeof types.DeleteThemeDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      summary\n      attempts\n      lastError\n      createdAt\n      failedAt\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n    }\n  }\n": typeof types.RetryJobDocument,
    "\n  query ServiceStatus {\n    serviceStatus {\n      indexLagSeconds\n      outboxPending\n      pendingMigrations\n      jobQueues {\n        queue\n        due\n        scheduled\n        running\n        failed\n        oldestDueAgeSeconds\n      }\n      lastBackup {\n        completedAt\n        archive\n        sizeBytes\n      }\n      versions {\n        app\n        postgres\n        meilisearch\n        lastMigration\n      }\n    }\n  }\n": typeof types.ServiceStatusDocument,
    "\n  fragment CommentContentFields on Comment {\n    id\n    author {\n      id\n      slug\n      name\n    }\n    html\n    markdown\n    createdAt\n    edited\n    deleted\n    hidden\n    viewerCanEdit\n    viewerCanReport\n    viewerReported\n  }\n": typeof types.CommentContentFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    ...CommentContentFields\n    replies {\n      ...CommentContentFields\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query ReadingListComments($slug: String!) {\n    readingList(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.ReadingListCommentsDocument,
    "\n  mutation CreateComment($resourceSlug: String!, $markdown: String!, $parentId: ID) {\n    createComment(resourceSlug: $resourceSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation CreateReadingListComment($listSlug: String!, $markdown: String!, $parentId: ID) {\n    createReadingListComment(listSlug: $listSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n": typeof types.CreateReadingListCommentDocument,
    "\n  mutation UpdateComment($id: ID!, $markdown: String!) {\n    updateComment(id: $id, markdown: $markdown) {\n      ...CommentContentFields\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason)\n  }\n": typeof types.ReportCommentDocument,
    "\n  query ResourceComments($slug: String!) {\n    resource(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.ResourceCommentsDocument,
    "\n  fragment DebriefFields on Debrief {\n    id\n    date\n    context\n    audience {\n      slug\n      label\n      labelEn\n    }\n    ageBand\n    participants\n    durationMinutes\n    parentsPresent\n    wentWell\n    toAdjust\n    rating\n    author {\n      id\n      slug\n      name\n    }\n    createdAt\n    edited\n    viewerCanEdit\n  }\n": typeof types.DebriefFieldsFragmentDoc,
    "\n  fragment ResourceDebriefs on Resource {\n    id\n    authors\n    debriefSummary {\n      count\n      participants\n      averageRating\n    }\n    debriefs {\n      ...DebriefFields\n    }\n  }\n": typeof types.ResourceDebriefsFragmentDoc,
    "\n  query DebriefAudiences {\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": typeof types.DebriefAudiencesDocument,
    "\n  mutation CreateDebrief($resourceSlug: String!, $input: DebriefInput!) {\n    createDebrief(resourceSlug: $resourceSlug, input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.CreateDebriefDocument,
    "\n  mutation UpdateDebrief($id: ID!, $input: DebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.UpdateDebriefDocument,
    "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n": typeof types.DeleteDebriefDocument,
    "\n  fragment KnowledgeEvidenceFields on KnowledgeEvidence {\n    declaredExpertise\n    debriefs\n    resources\n    lists\n  }\n": typeof types.KnowledgeEvidenceFieldsFragmentDoc,
    "\n  query Directory($input: DirectorySearchInput!) {\n    directory(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        type\n        slug\n        name\n        function\n        organisationSlug\n        organisationName\n        kind\n        city\n        priorityNeighbourhood\n        themeLabels\n        archived\n        logoUrl\n        evidence {\n          ...KnowledgeEvidenceFields\n        }\n      }\n      askedThemes {\n        id\n        slug\n        label\n        labelEn\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        kinds {\n          value\n          label\n          count\n        }\n        cities {\n          value\n          label\n          count\n        }\n        priorityNeighbourhood {\n          value\n          label\n          count\n        }\n        themes {\n          value\n          label\n          count\n        }\n        audiences {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  fragment DirectoryOrganisationFields on DirectoryOrganisation {\n    id\n    slug\n    name\n    kind\n    kindDetail\n    city\n    neighbourhood\n    priorityNeighbourhood\n    description\n    website\n    publicContact\n    logoUrl\n    archivedAt\n    memberCount\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": typeof types.DirectoryOrganisationFieldsFragmentDoc,
    "\n  query OrganisationPage($slug: String!) {\n    organisationPage(slug: $slug) {\n      organisation {\n        ...DirectoryOrganisationFields\n      }\n      members {\n        id\n        slug\n        name\n        title\n      }\n      resources {\n        slug\n        title\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        author {\n          id\n          slug\n          name\n        }\n        workshopDate\n        participants\n      }\n      participantsReached\n      events {\n        slug\n        title\n        startsAt\n      }\n      kits {\n        slug\n        name\n        archivedAt\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query OrganisationsAdmin {\n    directoryOrganisations {\n      ...DirectoryOrganisationFields\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": typeof types.OrganisationsAdminDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($slug: String!, $input: OrganisationInput!) {\n    updateOrganisation(slug: $slug, input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationArchived($slug: String!, $archived: Boolean!) {\n    setOrganisationArchived(slug: $slug, archived: $archived) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": typeof types.SetOrganisationArchivedDocument,
    "\n  mutation MergeOrganisations($keepSlug: String!, $mergeSlug: String!) {\n    mergeOrganisations(keepSlug: $keepSlug, mergeSlug: $mergeSlug) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": typeof types.MergeOrganisationsDocument,
    "\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    place\n    visibility\n    organisers {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      yes\n      no\n      maybe\n    }\n  }\n": typeof types.EventSummaryFieldsFragmentDoc,
    "\n  fragment EventFields on Event {\n    ...EventSummaryFields\n    description\n    agenda\n    icsPath\n    viewerCanEdit\n    viewerRsvp\n    participants {\n      answer\n      member {\n        id\n        slug\n        name\n      }\n    }\n    readingLists {\n      slug\n      title\n      itemCount\n      viewerRead\n      viewerCanEdit\n    }\n    minutesHtml\n    minutesMarkdown\n    discussedResources {\n      slug\n      title\n    }\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n  fragment ResourceDiscussedAt on Resource {\n    discussedAt {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n": typeof types.ResourceDiscussedAtFragmentDoc,
    "\n  query Events($first: Int!) {\n    upcoming: events(period: UPCOMING, first: $first) {\n      ...EventSummaryFields\n    }\n    past: events(period: PAST, first: $first) {\n      ...EventSummaryFields\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventFields\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventFormOptions {\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.EventFormOptionsDocument,
    "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($slug: String!, $input: EventInput!) {\n    updateEvent(slug: $slug, input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation DeleteEvent($slug: String!) {\n    deleteEvent(slug: $slug)\n  }\n": typeof types.DeleteEventDocument,
    "\n  mutation SetRsvp($slug: String!, $answer: RsvpAnswer) {\n    setRsvp(slug: $slug, answer: $answer) {\n      ...EventFields\n    }\n  }\n": typeof types.SetRsvpDocument,
    "\n  mutation SetEventMinutes($slug: String!, $markdown: String!) {\n    setEventMinutes(slug: $slug, markdown: $markdown) {\n      ...EventFields\n    }\n  }\n": typeof types.SetEventMinutesDocument,
    "\n  mutation AttachReadingList($slug: String!, $listSlug: String!, $attached: Boolean!) {\n    attachReadingList(slug: $slug, listSlug: $listSlug, attached: $attached) {\n      ...EventFields\n    }\n  }\n": typeof types.AttachReadingListDocument,
    "\n  query AttachableReadingLists {\n    readingLists(mine: false, editable: false) {\n      slug\n      title\n    }\n  }\n": typeof types.AttachableReadingListsDocument,
    "\n  fragment FollowFields on Follow {\n    kind\n    slug\n    label\n  }\n": typeof types.FollowFieldsFragmentDoc,
    "\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n": typeof types.MyFollowsDocument,
    "\n  mutation SetFollow($kind: FollowKind!, $slug: String!, $following: Boolean!) {\n    setFollow(kind: $kind, slug: $slug, following: $following) {\n      ...FollowFields\n    }\n  }\n": typeof types.SetFollowDocument,
    "\n  query FollowOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.FollowOptionsDocument,
    "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    fileName\n    format\n    state\n    total\n    processed\n    createdCount\n    skippedCount\n    reportUrl\n    csvHeaders\n    csvMapping {\n      field\n      header\n    }\n    rows {\n      n\n      status\n      title\n      authors\n      year\n      type\n      format\n      issues {\n        field\n        rule\n        message\n      }\n      duplicateOf {\n        slug\n        title\n      }\n      duplicateOfRow\n    }\n  }\n": typeof types.ImportBatchFieldsFragmentDoc,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.ImportBatchDocument,
    "\n  query ImportProgress($id: ID!) {\n    importBatch(id: $id) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  query ImportThemes {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n  }\n": typeof types.ImportThemesDocument,
    "\n  mutation MapImportColumns($id: ID!, $columns: [ImportColumnInput!]!) {\n    mapImportColumns(id: $id, columns: $columns) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.MapImportColumnsDocument,
    "\n  mutation StartImport($id: ID!, $input: StartImportInput!) {\n    startImport(id: $id, input: $input) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  fragment KitLoanFields on KitLoan {\n    id\n    kit {\n      slug\n      name\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    organisation {\n      slug\n      name\n    }\n    event {\n      slug\n      title\n    }\n    purpose\n    firstDay\n    lastDay\n    periodLabel\n    status\n    refusedReason\n    handedOverAt\n    returnedAt\n    returnCheck {\n      label\n      missing\n      broken\n      note\n    }\n    viewerCanHandle\n    viewerCanCancel\n  }\n": typeof types.KitLoanFieldsFragmentDoc,
    "\n  query Kits($from: String!, $to: String!) {\n    kits {\n      id\n      slug\n      name\n      description\n      archivedAt\n      organisation {\n        slug\n        name\n      }\n      items {\n        label\n        quantity\n      }\n      photos {\n        id\n        url\n        altText\n      }\n    }\n    kitCalendar(from: $from, to: $to) {\n      kit {\n        slug\n        name\n      }\n      firstDay\n      lastDay\n      status\n      organisationName\n    }\n  }\n": typeof types.KitsDocument,
    "\n  fragment KitFields on Kit {\n    id\n    slug\n    name\n    description\n    archivedAt\n    organisation {\n      slug\n      name\n    }\n    items {\n      label\n      quantity\n    }\n    conditionNotes\n    pickupPlace\n    loanConditions\n    viewerCanManage\n    resources {\n      slug\n      title\n    }\n    photos {\n      id\n      url\n      altText\n    }\n  }\n": typeof types.KitFieldsFragmentDoc,
    "\n  query Kit($slug: String!, $month: String) {\n    kit(slug: $slug) {\n      ...KitFields\n      busy(month: $month) {\n        firstDay\n        lastDay\n        status\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        workshopDate\n        context\n        participants\n      }\n      loans {\n        ...KitLoanFields\n      }\n    }\n  }\n": typeof types.KitDocument,
    "\n  query MyKitLoans {\n    myKitLoans {\n      ...KitLoanFields\n    }\n    kitLoansToHandle {\n      ...KitLoanFields\n    }\n  }\n": typeof types.MyKitLoansDocument,
    "\n  mutation CreateKit($input: KitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n": typeof types.CreateKitDocument,
    "\n  mutation UpdateKit($slug: String!, $input: KitInput!) {\n    updateKit(slug: $slug, input: $input) {\n      ...KitFields\n    }\n  }\n": typeof types.UpdateKitDocument,
    "\n  mutation RequestKitLoan($input: KitLoanRequestInput!) {\n    requestKitLoan(input: $input) {\n      ...KitLoanFields\n    }\n  }\n": typeof types.RequestKitLoanDocument,
    "\n  mutation AcceptKitLoan($id: ID!) {\n    acceptKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n": typeof types.AcceptKitLoanDocument,
    "\n  mutation RefuseKitLoan($id: ID!, $reason: String!) {\n    refuseKitLoan(id: $id, reason: $reason) {\n      ...KitLoanFields\n    }\n  }\n": typeof types.RefuseKitLoanDocument,
    "\n  mutation CancelKitLoan($id: ID!) {\n    cancelKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n": typeof types.CancelKitLoanDocument,
    "\n  mutation HandOverKitLoan($id: ID!) {\n    handOverKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n": typeof types.HandOverKitLoanDocument,
    "\n  mutation ReturnKitLoan($id: ID!, $check: [KitReturnCheckLineInput!]!, $notes: String!) {\n    returnKitLoan(id: $id, check: $check, notes: $notes) {\n      ...KitLoanFields\n    }\n  }\n": typeof types.ReturnKitLoanDocument,
    "\n  mutation RemoveKitPhoto($id: ID!) {\n    removeKitPhoto(id: $id) {\n      id\n      photos {\n        id\n        url\n        altText\n      }\n    }\n  }\n": typeof types.RemoveKitPhotoDocument,
    "\n  fragment ResourceLinkStatus on Resource {\n    id\n    slug\n    viewerCanEdit\n    linkStatus {\n      broken\n      brokenSince\n      reason\n      httpStatus\n    }\n  }\n": typeof types.ResourceLinkStatusFragmentDoc,
    "\n  query BrokenLinks($first: Int, $after: String) {\n    brokenLinks(first: $first, after: $after) {\n      items {\n        url\n        resource {\n          slug\n          title\n        }\n        contributor {\n          id\n          slug\n          name\n        }\n        status {\n          brokenSince\n          checkedAt\n          reason\n          httpStatus\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.BrokenLinksDocument,
    "\n  query MemberProfile($slug: String!) {\n    memberProfile(slug: $slug) {\n      member {\n        id\n        slug\n        name\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      expertise {\n        id\n        slug\n        label\n        labelEn\n      }\n      viewerFollows\n      isViewer\n      deactivatedAt\n      followerCount\n      recentResources {\n        slug\n        title\n      }\n      directory {\n        audiences {\n          slug\n          label\n          labelEn\n        }\n        languages\n        contactThemes {\n          id\n          slug\n          label\n          labelEn\n        }\n        directoryVisibility\n        acceptsMessages\n        viewerCanContact\n        themeKnowledge {\n          theme {\n            id\n            slug\n            label\n            labelEn\n          }\n          evidence {\n            ...KnowledgeEvidenceFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  mutation ContactMember($input: ContactMemberInput!) {\n    contactMember(input: $input)\n  }\n": typeof types.ContactMemberDocument,
    "\n  query ModerationQueue {\n    moderationQueue {\n      id\n      html\n      createdAt\n      hidden\n      reportCount\n      author {\n        id\n        slug\n        name\n      }\n      resource {\n        slug\n        title\n      }\n      readingList {\n        slug\n        title\n      }\n      reports {\n        reason\n        createdAt\n        reporter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  fragment ModeratedCommentFields on Comment {\n    id\n    hidden\n    html\n  }\n": typeof types.ModeratedCommentFieldsFragmentDoc,
    "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation RestoreComment($id: ID!) {\n    restoreComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n": typeof types.RestoreCommentDocument,
    "\n  query NewsFeed($first: Int!, $after: String) {\n    newsFeed(first: $first, after: $after) {\n      items {\n        id\n        kind\n        at\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        because {\n          kind\n          slug\n          label\n        }\n      }\n      hasMore\n      endCursor\n      followCount\n    }\n  }\n": typeof types.NewsFeedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        id\n        kind\n        createdAt\n        read\n        commentId\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        readingList {\n          slug\n          title\n        }\n        theme {\n          slug\n          label\n          labelEn\n        }\n      }\n      unreadCount\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment ReactionCountFields on ReactionCount {\n    kind\n    count\n    viewerReacted\n    members {\n      id\n      name\n    }\n  }\n": typeof types.ReactionCountFieldsFragmentDoc,
    "\n  fragment ResourceReactions on Resource {\n    id\n    reactions {\n      ...ReactionCountFields\n    }\n    bookmarked\n  }\n": typeof types.ResourceReactionsFragmentDoc,
    "\n  fragment ReactionsOnly on Resource {\n    reactions {\n      ...ReactionCountFields\n    }\n  }\n": typeof types.ReactionsOnlyFragmentDoc,
    "\n  mutation ToggleReaction($resourceSlug: String!, $kind: ReactionKind!) {\n    toggleReaction(resourceSlug: $resourceSlug, kind: $kind) {\n      ...ReactionCountFields\n    }\n  }\n": typeof types.ToggleReactionDocument,
    "\n  mutation SetBookmark($resourceSlug: String!, $bookmarked: Boolean!) {\n    setBookmark(resourceSlug: $resourceSlug, bookmarked: $bookmarked)\n  }\n": typeof types.SetBookmarkDocument,
    "\n  query Bookmarks($page: Int, $pageSize: Int) {\n    bookmarks(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        slug\n        title\n        type\n        year\n      }\n      page\n      pageSize\n      total\n    }\n  }\n": typeof types.BookmarksDocument,
    "\n  query ReadingLists($mine: Boolean!, $editable: Boolean!, $resourceSlug: String) {\n    readingLists(mine: $mine, editable: $editable, resourceSlug: $resourceSlug) {\n      ...ReadingListSummaryFields\n    }\n  }\n": typeof types.ReadingListsDocument,
    "\n  mutation AddReadingListItem($slug: String!, $resourceSlug: String!, $note: String!) {\n    addReadingListItem(slug: $slug, resourceSlug: $resourceSlug, note: $note) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.AddReadingListItemDocument,
    "\n  fragment ReadingListSummaryFields on ReadingListSummary {\n    slug\n    title\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    itemCount\n    viewerRead\n    viewerCanEdit\n    containsResource\n    updatedAt\n  }\n": typeof types.ReadingListSummaryFieldsFragmentDoc,
    "\n  fragment ReadingListItemFields on ReadingListItem {\n    id\n    position\n    note\n    availability\n    addedBy {\n      id\n      slug\n      name\n    }\n    resource {\n      slug\n      title\n      type\n      format\n      year\n      authors\n      url\n      summary\n    }\n    titleSnapshot\n    viewerRead\n  }\n": typeof types.ReadingListItemFieldsFragmentDoc,
    "\n  fragment ReadingListFields on ReadingList {\n    id\n    slug\n    title\n    intro\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    collaborators {\n      id\n      slug\n      name\n    }\n    items {\n      ...ReadingListItemFields\n    }\n    viewerRead\n    participants {\n      member {\n        id\n        slug\n        name\n      }\n      read\n      readItemIds\n    }\n    viewerCanEdit\n    viewerCanManage\n    hasShareLink\n    viaShareLink\n    pdfExportAvailable\n    version\n    updatedAt\n  }\n": typeof types.ReadingListFieldsFragmentDoc,
    "\n  fragment ReadingListMeetings on ReadingList {\n    meetings {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n": typeof types.ReadingListMeetingsFragmentDoc,
    "\n  query ReadingList($slug: String!, $shareToken: String) {\n    readingList(slug: $slug, shareToken: $shareToken) {\n      ...ReadingListFields\n      ...ReadingListMeetings\n    }\n  }\n": typeof types.ReadingListDocument,
    "\n  mutation CreateReadingList($input: ReadingListInput!) {\n    createReadingList(input: $input) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.CreateReadingListDocument,
    "\n  mutation UpdateReadingList($slug: String!, $input: ReadingListInput!) {\n    updateReadingList(slug: $slug, input: $input) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.UpdateReadingListDocument,
    "\n  mutation DeleteReadingList($slug: String!) {\n    deleteReadingList(slug: $slug)\n  }\n": typeof types.DeleteReadingListDocument,
    "\n  mutation UpdateReadingListItem($itemId: ID!, $note: String!) {\n    updateReadingListItem(itemId: $itemId, note: $note) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.UpdateReadingListItemDocument,
    "\n  mutation RemoveReadingListItem($itemId: ID!) {\n    removeReadingListItem(itemId: $itemId) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.RemoveReadingListItemDocument,
    "\n  mutation MoveReadingListItem($itemId: ID!, $afterItemId: ID) {\n    moveReadingListItem(itemId: $itemId, afterItemId: $afterItemId) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.MoveReadingListItemDocument,
    "\n  mutation MarkReadingListItemRead($itemId: ID!, $read: Boolean!) {\n    markReadingListItemRead(itemId: $itemId, read: $read) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.MarkReadingListItemReadDocument,
    "\n  mutation AddReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    addReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.AddReadingListCollaboratorDocument,
    "\n  mutation RemoveReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    removeReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.RemoveReadingListCollaboratorDocument,
    "\n  mutation CreateReadingListShareLink($slug: String!) {\n    createReadingListShareLink(slug: $slug)\n  }\n": typeof types.CreateReadingListShareLinkDocument,
    "\n  mutation RevokeReadingListShareLink($slug: String!) {\n    revokeReadingListShareLink(slug: $slug) {\n      ...ReadingListFields\n    }\n  }\n": typeof types.RevokeReadingListShareLinkDocument,
    "\n  query ListResourceSuggestions($q: String!) {\n    quickSearch(q: $q, limit: 8) {\n      hits {\n        kind\n        slug\n        detail\n        title {\n          text\n        }\n      }\n    }\n  }\n": typeof types.ListResourceSuggestionsDocument,
    "\n  mutation RemindReadingListUnread($slug: String!) {\n    remindReadingListUnread(slug: $slug)\n  }\n": typeof types.RemindReadingListUnreadDocument,
    "\n  fragment ActivityReportFields on ActivityReport {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    shared\n    generatedAt\n    figures {\n      id\n      section\n      value\n      previous\n      changePercent\n    }\n    tables {\n      id\n      section\n      columns\n      rows {\n        key\n        label\n        resourceSlug\n        values\n        previous\n        suppressed\n        previousSuppressed\n      }\n    }\n  }\n": typeof types.ActivityReportFieldsFragmentDoc,
    "\n  query ActivityReport($input: ActivityReportInput) {\n    activityReport(input: $input) {\n      ...ActivityReportFields\n    }\n  }\n": typeof types.ActivityReportDocument,
    "\n  query SharedActivityReport($token: String!) {\n    sharedActivityReport(token: $token) {\n      ...ActivityReportFields\n    }\n  }\n": typeof types.SharedActivityReportDocument,
    "\n  query ReportFilterOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ReportFilterOptionsDocument,
    "\n  fragment ReportShareLinkFields on ReportShareLink {\n    id\n    label\n    period {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    createdAt\n    createdByName\n    revokedAt\n  }\n": typeof types.ReportShareLinkFieldsFragmentDoc,
    "\n  query ReportShareLinks {\n    reportShareLinks {\n      ...ReportShareLinkFields\n    }\n  }\n": typeof types.ReportShareLinksDocument,
    "\n  mutation CreateReportShareLink($input: ReportShareLinkInput!) {\n    createReportShareLink(input: $input) {\n      token\n      link {\n        ...ReportShareLinkFields\n      }\n    }\n  }\n": typeof types.CreateReportShareLinkDocument,
    "\n  mutation RevokeReportShareLink($id: ID!) {\n    revokeReportShareLink(id: $id) {\n      ...ReportShareLinkFields\n    }\n  }\n": typeof types.RevokeReportShareLinkDocument,
    "\n  query ResourceHistory($slug: String!) {\n    resource(slug: $slug) {\n      id\n      slug\n      title\n      viewerCanEdit\n      history {\n        version\n        current\n        createdAt\n        author {\n          id\n          slug\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ResourceHistoryDocument,
    "\n  mutation RestoreResourceVersion($slug: String!, $version: Int!) {\n    restoreResourceVersion(slug: $slug, version: $version) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.RestoreResourceVersionDocument,
    "\n  query ResourceBin {\n    resourceBin {\n      retentionDays\n      items {\n        id\n        slug\n        title\n        type\n        deletedAt\n        purgeAt\n        deletedBy {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResourceBinDocument,
    "\n  mutation RestoreResource($slug: String!) {\n    restoreResource(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.RestoreResourceDocument,
    "\n  query LinkPreview($url: String!) {\n    linkPreview(url: $url) {\n      source\n      url\n      title\n      summary\n      authors\n      publisher\n      year\n      language\n      imageData\n      type\n      format\n      mediaType\n    }\n  }\n": typeof types.LinkPreviewDocument,
    "\n  query PossibleDuplicates($url: String, $title: String, $excludeSlug: String) {\n    possibleDuplicates(url: $url, title: $title, excludeSlug: $excludeSlug) {\n      slug\n      title\n      sameUrl\n      sameTitle\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query Resource($slug: String!, $countView: Boolean = false) {\n    resource(slug: $slug, countView: $countView) {\n      ...ResourceFields\n      viewerCanEdit\n      thumbnailUrl\n      ...ResourceReactions\n      ...ResourceDebriefs\n      ...ResourceDiscussedAt\n      ...ResourceLinkStatus\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.ResourceDocument,
    "\n  mutation DeleteResource($slug: String!) {\n    deleteResource(slug: $slug)\n  }\n": typeof types.DeleteResourceDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    slug\n    type\n    format\n    title\n    summary\n    body\n    url\n    authors\n    authorKinds {\n      name\n      kind\n    }\n    publisher\n    year\n    language\n    licence\n    durationMinutes\n    visibility\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    tags {\n      id\n      slug\n      label\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    contributor {\n      id\n      slug\n      name\n    }\n    files {\n      id\n      fileName\n      mediaType\n      extension\n      size\n      isMain\n      downloadUrl\n      previewUrl\n      thumbnailUrl\n      textStatus\n      textError\n      pageCount\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  query ResourceFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ResourceFormOptionsDocument,
    "\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  mutation UpdateResource($slug: String!, $input: ResourceInput!) {\n    updateResource(slug: $slug, input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.UpdateResourceDocument,
    "\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n": typeof types.FacetValueFieldsFragmentDoc,
    "\n  query SearchResources($input: SearchInput!) {\n    search(input: $input) {\n      total\n      page\n      pageSize\n      totalPages\n      suggestion\n      relaxations {\n        field\n        total\n      }\n      hits {\n        resource {\n          id\n          slug\n          type\n          format\n          title\n          summary\n          year\n          themes {\n            id\n            slug\n            label\n            labelEn\n          }\n        }\n        title {\n          text\n          match\n        }\n        summary {\n          text\n          match\n        }\n        thumbnailUrl\n        fileMatch {\n          fileId\n          fileName\n          unit\n          number\n          excerpt\n        }\n      }\n      facets {\n        types {\n          ...FacetValueFields\n        }\n        formats {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        audiences {\n          ...FacetValueFields\n        }\n        # Tags are many: only the most used are offered (the API adds any already chosen).\n        tags(first: 15) {\n          ...FacetValueFields\n        }\n        organisations {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n    }\n  }\n": typeof types.SearchResourcesDocument,
    "\n  query QuickSearch($q: String!, $limit: Int) {\n    quickSearch(q: $q, limit: $limit) {\n      hits {\n        kind\n        slug\n        title {\n          text\n          match\n        }\n        detail\n        resourceType\n        year\n      }\n    }\n  }\n": typeof types.QuickSearchDocument,
    "\n  query MentionCandidates($query: String!) {\n    mentionCandidates(query: $query) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query ThemeLabels {\n    themes {\n      id\n      slug\n      labelEn\n    }\n  }\n": typeof types.ThemeLabelsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    slug\n    name\n    email\n    role\n    title\n    organisation {\n      id\n      slug\n      name\n    }\n    expertise {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query DevMode {\n    devMailbox {\n      id\n    }\n  }\n": typeof types.DevModeDocument,
};
const documents: Documents = {
    "\n  query DevMailbox {\n    devMailbox {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  fragment InvitationFields on Invitation {\n    email\n    name\n    role\n    expiresAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n    invitationStatus(token: $token)\n  }\n": types.InvitationDocument,
    "\n  query AccountFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": types.AccountFormOptionsDocument,
    "\n  query ProfileDirectory($slug: String!) {\n    memberProfile(slug: $slug) {\n      directory {\n        audiences {\n          slug\n        }\n        languages\n        contactThemes {\n          id\n          slug\n        }\n        directoryVisibility\n        acceptsMessages\n      }\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": types.ProfileDirectoryDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query DigestSetting {\n    viewer {\n      id\n      digestEnabled\n    }\n  }\n": types.DigestSettingDocument,
    "\n  mutation SetDigestEnabled($enabled: Boolean!) {\n    setDigestEnabled(enabled: $enabled)\n  }\n": types.SetDigestEnabledDocument,
    "\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n      itemCount\n    }\n  }\n": types.DigestPreviewDocument,
    "\n  mutation CompleteWelcome($input: WelcomeInput!) {\n    completeWelcome(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.CompleteWelcomeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  fragment MemberAccountFields on MemberAccount {\n    id\n    slug\n    name\n    email\n    role\n    lastSignInAt\n    deactivatedAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": types.MemberAccountFieldsFragmentDoc,
    "\n  query MemberAccounts {\n    memberAccounts {\n      ...MemberAccountFields\n    }\n  }\n": types.MemberAccountsDocument,
    "\n  mutation ChangeRole($memberSlug: String!, $role: Role!) {\n    changeRole(memberSlug: $memberSlug, role: $role) {\n      ...MemberAccountFields\n    }\n  }\n": types.ChangeRoleDocument,
    "\n  mutation DeactivateMember($memberSlug: String!) {\n    deactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($memberSlug: String!) {\n    reactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  fragment PendingInvitationFields on PendingInvitation {\n    id\n    email\n    name\n    role\n    invitedBy\n    sentAt\n    expiresAt\n    expired\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n": types.PendingInvitationFieldsFragmentDoc,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      ...PendingInvitationFields\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...PendingInvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  query AuditLog($limit: Int) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actor\n      subject\n      details\n      createdAt\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    slug\n    label\n    labelEn\n    description\n  }\n": types.ThemeFieldsFragmentDoc,
    "\n  query Themes {\n    themes {\n      ...ThemeFields\n    }\n  }\n": types.ThemesDocument,
    "\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": types.CreateThemeDocument,
    "\n  mutation UpdateTheme($slug: String!, $input: ThemeInput!) {\n    updateTheme(slug: $slug, input: $input) {\n      ...ThemeFields\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  mutation DeleteTheme($slug: String!) {\n    deleteTheme(slug: $slug)\n  }\n": types.DeleteThemeDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      summary\n      attempts\n      lastError\n      createdAt\n      failedAt\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n    }\n  }\n": types.RetryJobDocument,
    "\n  query ServiceStatus {\n    serviceStatus {\n      indexLagSeconds\n      outboxPending\n      pendingMigrations\n      jobQueues {\n        queue\n        due\n        scheduled\n        running\n        failed\n        oldestDueAgeSeconds\n      }\n      lastBackup {\n        completedAt\n        archive\n        sizeBytes\n      }\n      versions {\n        app\n        postgres\n        meilisearch\n        lastMigration\n      }\n    }\n  }\n": types.ServiceStatusDocument,
    "\n  fragment CommentContentFields on Comment {\n    id\n    author {\n      id\n      slug\n      name\n    }\n    html\n    markdown\n    createdAt\n    edited\n    deleted\n    hidden\n    viewerCanEdit\n    viewerCanReport\n    viewerReported\n  }\n": types.CommentContentFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    ...CommentContentFields\n    replies {\n      ...CommentContentFields\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query ReadingListComments($slug: String!) {\n    readingList(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": types.ReadingListCommentsDocument,
    "\n  mutation CreateComment($resourceSlug: String!, $markdown: String!, $parentId: ID) {\n    createComment(resourceSlug: $resourceSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation CreateReadingListComment($listSlug: String!, $markdown: String!, $parentId: ID) {\n    createReadingListComment(listSlug: $listSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n": types.CreateReadingListCommentDocument,
    "\n  mutation UpdateComment($id: ID!, $markdown: String!) {\n    updateComment(id: $id, markdown: $markdown) {\n      ...CommentContentFields\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason)\n  }\n": types.ReportCommentDocument,
    "\n  query ResourceComments($slug: String!) {\n    resource(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": types.ResourceCommentsDocument,
    "\n  fragment DebriefFields on Debrief {\n    id\n    date\n    context\n    audience {\n      slug\n      label\n      labelEn\n    }\n    ageBand\n    participants\n    durationMinutes\n    parentsPresent\n    wentWell\n    toAdjust\n    rating\n    author {\n      id\n      slug\n      name\n    }\n    createdAt\n    edited\n    viewerCanEdit\n  }\n": types.DebriefFieldsFragmentDoc,
    "\n  fragment ResourceDebriefs on Resource {\n    id\n    authors\n    debriefSummary {\n      count\n      participants\n      averageRating\n    }\n    debriefs {\n      ...DebriefFields\n    }\n  }\n": types.ResourceDebriefsFragmentDoc,
    "\n  query DebriefAudiences {\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": types.DebriefAudiencesDocument,
    "\n  mutation CreateDebrief($resourceSlug: String!, $input: DebriefInput!) {\n    createDebrief(resourceSlug: $resourceSlug, input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.CreateDebriefDocument,
    "\n  mutation UpdateDebrief($id: ID!, $input: DebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.UpdateDebriefDocument,
    "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n": types.DeleteDebriefDocument,
    "\n  fragment KnowledgeEvidenceFields on KnowledgeEvidence {\n    declaredExpertise\n    debriefs\n    resources\n    lists\n  }\n": types.KnowledgeEvidenceFieldsFragmentDoc,
    "\n  query Directory($input: DirectorySearchInput!) {\n    directory(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        type\n        slug\n        name\n        function\n        organisationSlug\n        organisationName\n        kind\n        city\n        priorityNeighbourhood\n        themeLabels\n        archived\n        logoUrl\n        evidence {\n          ...KnowledgeEvidenceFields\n        }\n      }\n      askedThemes {\n        id\n        slug\n        label\n        labelEn\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        kinds {\n          value\n          label\n          count\n        }\n        cities {\n          value\n          label\n          count\n        }\n        priorityNeighbourhood {\n          value\n          label\n          count\n        }\n        themes {\n          value\n          label\n          count\n        }\n        audiences {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  fragment DirectoryOrganisationFields on DirectoryOrganisation {\n    id\n    slug\n    name\n    kind\n    kindDetail\n    city\n    neighbourhood\n    priorityNeighbourhood\n    description\n    website\n    publicContact\n    logoUrl\n    archivedAt\n    memberCount\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": types.DirectoryOrganisationFieldsFragmentDoc,
    "\n  query OrganisationPage($slug: String!) {\n    organisationPage(slug: $slug) {\n      organisation {\n        ...DirectoryOrganisationFields\n      }\n      members {\n        id\n        slug\n        name\n        title\n      }\n      resources {\n        slug\n        title\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        author {\n          id\n          slug\n          name\n        }\n        workshopDate\n        participants\n      }\n      participantsReached\n      events {\n        slug\n        title\n        startsAt\n      }\n      kits {\n        slug\n        name\n        archivedAt\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query OrganisationsAdmin {\n    directoryOrganisations {\n      ...DirectoryOrganisationFields\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n": types.OrganisationsAdminDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($slug: String!, $input: OrganisationInput!) {\n    updateOrganisation(slug: $slug, input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationArchived($slug: String!, $archived: Boolean!) {\n    setOrganisationArchived(slug: $slug, archived: $archived) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": types.SetOrganisationArchivedDocument,
    "\n  mutation MergeOrganisations($keepSlug: String!, $mergeSlug: String!) {\n    mergeOrganisations(keepSlug: $keepSlug, mergeSlug: $mergeSlug) {\n      ...DirectoryOrganisationFields\n    }\n  }\n": types.MergeOrganisationsDocument,
    "\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    place\n    visibility\n    organisers {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      yes\n      no\n      maybe\n    }\n  }\n": types.EventSummaryFieldsFragmentDoc,
    "\n  fragment EventFields on Event {\n    ...EventSummaryFields\n    description\n    agenda\n    icsPath\n    viewerCanEdit\n    viewerRsvp\n    participants {\n      answer\n      member {\n        id\n        slug\n        name\n      }\n    }\n    readingLists {\n      slug\n      title\n      itemCount\n      viewerRead\n      viewerCanEdit\n    }\n    minutesHtml\n    minutesMarkdown\n    discussedResources {\n      slug\n      title\n    }\n  }\n": types.EventFieldsFragmentDoc,
    "\n  fragment ResourceDiscussedAt on Resource {\n    discussedAt {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n": types.ResourceDiscussedAtFragmentDoc,
    "\n  query Events($first: Int!) {\n    upcoming: events(period: UPCOMING, first: $first) {\n      ...EventSummaryFields\n    }\n    past: events(period: PAST, first: $first) {\n      ...EventSummaryFields\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventFields\n    }\n  }\n": types.EventDocument,
    "\n  query EventFormOptions {\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": types.EventFormOptionsDocument,
    "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($slug: String!, $input: EventInput!) {\n    updateEvent(slug: $slug, input: $input) {\n      ...EventFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation DeleteEvent($slug: String!) {\n    deleteEvent(slug: $slug)\n  }\n": types.DeleteEventDocument,
    "\n  mutation SetRsvp($slug: String!, $answer: RsvpAnswer) {\n    setRsvp(slug: $slug, answer: $answer) {\n      ...EventFields\n    }\n  }\n": types.SetRsvpDocument,
    "\n  mutation SetEventMinutes($slug: String!, $markdown: String!) {\n    setEventMinutes(slug: $slug, markdown: $markdown) {\n      ...EventFields\n    }\n  }\n": types.SetEventMinutesDocument,
    "\n  mutation AttachReadingList($slug: String!, $listSlug: String!, $attached: Boolean!) {\n    attachReadingList(slug: $slug, listSlug: $listSlug, attached: $attached) {\n      ...EventFields\n    }\n  }\n": types.AttachReadingListDocument,
    "\n  query AttachableReadingLists {\n    readingLists(mine: false, editable: false) {\n      slug\n      title\n    }\n  }\n": types.AttachableReadingListsDocument,
    "\n  fragment FollowFields on Follow {\n    kind\n    slug\n    label\n  }\n": types.FollowFieldsFragmentDoc,
    "\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n": types.MyFollowsDocument,
    "\n  mutation SetFollow($kind: FollowKind!, $slug: String!, $following: Boolean!) {\n    setFollow(kind: $kind, slug: $slug, following: $following) {\n      ...FollowFields\n    }\n  }\n": types.SetFollowDocument,
    "\n  query FollowOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": types.FollowOptionsDocument,
    "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    fileName\n    format\n    state\n    total\n    processed\n    createdCount\n    skippedCount\n    reportUrl\n    csvHeaders\n    csvMapping {\n      field\n      header\n    }\n    rows {\n      n\n      status\n      title\n      authors\n      year\n      type\n      format\n      issues {\n        field\n        rule\n        message\n      }\n      duplicateOf {\n        slug\n        title\n      }\n      duplicateOfRow\n    }\n  }\n": types.ImportBatchFieldsFragmentDoc,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n": types.ImportBatchDocument,
    "\n  query ImportProgress($id: ID!) {\n    importBatch(id: $id) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n": types.ImportProgressDocument,
    "\n  query ImportThemes {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n  }\n": types.ImportThemesDocument,
    "\n  mutation MapImportColumns($id: ID!, $columns: [ImportColumnInput!]!) {\n    mapImportColumns(id: $id, columns: $columns) {\n      ...ImportBatchFields\n    }\n  }\n": types.MapImportColumnsDocument,
    "\n  mutation StartImport($id: ID!, $input: StartImportInput!) {\n    startImport(id: $id, input: $input) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n": types.StartImportDocument,
    "\n  fragment KitLoanFields on KitLoan {\n    id\n    kit {\n      slug\n      name\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    organisation {\n      slug\n      name\n    }\n    event {\n      slug\n      title\n    }\n    purpose\n    firstDay\n    lastDay\n    periodLabel\n    status\n    refusedReason\n    handedOverAt\n    returnedAt\n    returnCheck {\n      label\n      missing\n      broken\n      note\n    }\n    viewerCanHandle\n    viewerCanCancel\n  }\n": types.KitLoanFieldsFragmentDoc,
    "\n  query Kits($from: String!, $to: String!) {\n    kits {\n      id\n      slug\n      name\n      description\n      archivedAt\n      organisation {\n        slug\n        name\n      }\n      items {\n        label\n        quantity\n      }\n      photos {\n        id\n        url\n        altText\n      }\n    }\n    kitCalendar(from: $from, to: $to) {\n      kit {\n        slug\n        name\n      }\n      firstDay\n      lastDay\n      status\n      organisationName\n    }\n  }\n": types.KitsDocument,
    "\n  fragment KitFields on Kit {\n    id\n    slug\n    name\n    description\n    archivedAt\n    organisation {\n      slug\n      name\n    }\n    items {\n      label\n      quantity\n    }\n    conditionNotes\n    pickupPlace\n    loanConditions\n    viewerCanManage\n    resources {\n      slug\n      title\n    }\n    photos {\n      id\n      url\n      altText\n    }\n  }\n": types.KitFieldsFragmentDoc,
    "\n  query Kit($slug: String!, $month: String) {\n    kit(slug: $slug) {\n      ...KitFields\n      busy(month: $month) {\n        firstDay\n        lastDay\n        status\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        workshopDate\n        context\n        participants\n      }\n      loans {\n        ...KitLoanFields\n      }\n    }\n  }\n": types.KitDocument,
    "\n  query MyKitLoans {\n    myKitLoans {\n      ...KitLoanFields\n    }\n    kitLoansToHandle {\n      ...KitLoanFields\n    }\n  }\n": types.MyKitLoansDocument,
    "\n  mutation CreateKit($input: KitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n": types.CreateKitDocument,
    "\n  mutation UpdateKit($slug: String!, $input: KitInput!) {\n    updateKit(slug: $slug, input: $input) {\n      ...KitFields\n    }\n  }\n": types.UpdateKitDocument,
    "\n  mutation RequestKitLoan($input: KitLoanRequestInput!) {\n    requestKitLoan(input: $input) {\n      ...KitLoanFields\n    }\n  }\n": types.RequestKitLoanDocument,
    "\n  mutation AcceptKitLoan($id: ID!) {\n    acceptKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n": types.AcceptKitLoanDocument,
    "\n  mutation RefuseKitLoan($id: ID!, $reason: String!) {\n    refuseKitLoan(id: $id, reason: $reason) {\n      ...KitLoanFields\n    }\n  }\n": types.RefuseKitLoanDocument,
    "\n  mutation CancelKitLoan($id: ID!) {\n    cancelKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n": types.CancelKitLoanDocument,
    "\n  mutation HandOverKitLoan($id: ID!) {\n    handOverKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n": types.HandOverKitLoanDocument,
    "\n  mutation ReturnKitLoan($id: ID!, $check: [KitReturnCheckLineInput!]!, $notes: String!) {\n    returnKitLoan(id: $id, check: $check, notes: $notes) {\n      ...KitLoanFields\n    }\n  }\n": types.ReturnKitLoanDocument,
    "\n  mutation RemoveKitPhoto($id: ID!) {\n    removeKitPhoto(id: $id) {\n      id\n      photos {\n        id\n        url\n        altText\n      }\n    }\n  }\n": types.RemoveKitPhotoDocument,
    "\n  fragment ResourceLinkStatus on Resource {\n    id\n    slug\n    viewerCanEdit\n    linkStatus {\n      broken\n      brokenSince\n      reason\n      httpStatus\n    }\n  }\n": types.ResourceLinkStatusFragmentDoc,
    "\n  query BrokenLinks($first: Int, $after: String) {\n    brokenLinks(first: $first, after: $after) {\n      items {\n        url\n        resource {\n          slug\n          title\n        }\n        contributor {\n          id\n          slug\n          name\n        }\n        status {\n          brokenSince\n          checkedAt\n          reason\n          httpStatus\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n": types.BrokenLinksDocument,
    "\n  query MemberProfile($slug: String!) {\n    memberProfile(slug: $slug) {\n      member {\n        id\n        slug\n        name\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      expertise {\n        id\n        slug\n        label\n        labelEn\n      }\n      viewerFollows\n      isViewer\n      deactivatedAt\n      followerCount\n      recentResources {\n        slug\n        title\n      }\n      directory {\n        audiences {\n          slug\n          label\n          labelEn\n        }\n        languages\n        contactThemes {\n          id\n          slug\n          label\n          labelEn\n        }\n        directoryVisibility\n        acceptsMessages\n        viewerCanContact\n        themeKnowledge {\n          theme {\n            id\n            slug\n            label\n            labelEn\n          }\n          evidence {\n            ...KnowledgeEvidenceFields\n          }\n        }\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  mutation ContactMember($input: ContactMemberInput!) {\n    contactMember(input: $input)\n  }\n": types.ContactMemberDocument,
    "\n  query ModerationQueue {\n    moderationQueue {\n      id\n      html\n      createdAt\n      hidden\n      reportCount\n      author {\n        id\n        slug\n        name\n      }\n      resource {\n        slug\n        title\n      }\n      readingList {\n        slug\n        title\n      }\n      reports {\n        reason\n        createdAt\n        reporter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  fragment ModeratedCommentFields on Comment {\n    id\n    hidden\n    html\n  }\n": types.ModeratedCommentFieldsFragmentDoc,
    "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation RestoreComment($id: ID!) {\n    restoreComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n": types.RestoreCommentDocument,
    "\n  query NewsFeed($first: Int!, $after: String) {\n    newsFeed(first: $first, after: $after) {\n      items {\n        id\n        kind\n        at\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        because {\n          kind\n          slug\n          label\n        }\n      }\n      hasMore\n      endCursor\n      followCount\n    }\n  }\n": types.NewsFeedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        id\n        kind\n        createdAt\n        read\n        commentId\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        readingList {\n          slug\n          title\n        }\n        theme {\n          slug\n          label\n          labelEn\n        }\n      }\n      unreadCount\n      hasMore\n      endCursor\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment ReactionCountFields on ReactionCount {\n    kind\n    count\n    viewerReacted\n    members {\n      id\n      name\n    }\n  }\n": types.ReactionCountFieldsFragmentDoc,
    "\n  fragment ResourceReactions on Resource {\n    id\n    reactions {\n      ...ReactionCountFields\n    }\n    bookmarked\n  }\n": types.ResourceReactionsFragmentDoc,
    "\n  fragment ReactionsOnly on Resource {\n    reactions {\n      ...ReactionCountFields\n    }\n  }\n": types.ReactionsOnlyFragmentDoc,
    "\n  mutation ToggleReaction($resourceSlug: String!, $kind: ReactionKind!) {\n    toggleReaction(resourceSlug: $resourceSlug, kind: $kind) {\n      ...ReactionCountFields\n    }\n  }\n": types.ToggleReactionDocument,
    "\n  mutation SetBookmark($resourceSlug: String!, $bookmarked: Boolean!) {\n    setBookmark(resourceSlug: $resourceSlug, bookmarked: $bookmarked)\n  }\n": types.SetBookmarkDocument,
    "\n  query Bookmarks($page: Int, $pageSize: Int) {\n    bookmarks(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        slug\n        title\n        type\n        year\n      }\n      page\n      pageSize\n      total\n    }\n  }\n": types.BookmarksDocument,
    "\n  query ReadingLists($mine: Boolean!, $editable: Boolean!, $resourceSlug: String) {\n    readingLists(mine: $mine, editable: $editable, resourceSlug: $resourceSlug) {\n      ...ReadingListSummaryFields\n    }\n  }\n": types.ReadingListsDocument,
    "\n  mutation AddReadingListItem($slug: String!, $resourceSlug: String!, $note: String!) {\n    addReadingListItem(slug: $slug, resourceSlug: $resourceSlug, note: $note) {\n      ...ReadingListFields\n    }\n  }\n": types.AddReadingListItemDocument,
    "\n  fragment ReadingListSummaryFields on ReadingListSummary {\n    slug\n    title\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    itemCount\n    viewerRead\n    viewerCanEdit\n    containsResource\n    updatedAt\n  }\n": types.ReadingListSummaryFieldsFragmentDoc,
    "\n  fragment ReadingListItemFields on ReadingListItem {\n    id\n    position\n    note\n    availability\n    addedBy {\n      id\n      slug\n      name\n    }\n    resource {\n      slug\n      title\n      type\n      format\n      year\n      authors\n      url\n      summary\n    }\n    titleSnapshot\n    viewerRead\n  }\n": types.ReadingListItemFieldsFragmentDoc,
    "\n  fragment ReadingListFields on ReadingList {\n    id\n    slug\n    title\n    intro\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    collaborators {\n      id\n      slug\n      name\n    }\n    items {\n      ...ReadingListItemFields\n    }\n    viewerRead\n    participants {\n      member {\n        id\n        slug\n        name\n      }\n      read\n      readItemIds\n    }\n    viewerCanEdit\n    viewerCanManage\n    hasShareLink\n    viaShareLink\n    pdfExportAvailable\n    version\n    updatedAt\n  }\n": types.ReadingListFieldsFragmentDoc,
    "\n  fragment ReadingListMeetings on ReadingList {\n    meetings {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n": types.ReadingListMeetingsFragmentDoc,
    "\n  query ReadingList($slug: String!, $shareToken: String) {\n    readingList(slug: $slug, shareToken: $shareToken) {\n      ...ReadingListFields\n      ...ReadingListMeetings\n    }\n  }\n": types.ReadingListDocument,
    "\n  mutation CreateReadingList($input: ReadingListInput!) {\n    createReadingList(input: $input) {\n      ...ReadingListFields\n    }\n  }\n": types.CreateReadingListDocument,
    "\n  mutation UpdateReadingList($slug: String!, $input: ReadingListInput!) {\n    updateReadingList(slug: $slug, input: $input) {\n      ...ReadingListFields\n    }\n  }\n": types.UpdateReadingListDocument,
    "\n  mutation DeleteReadingList($slug: String!) {\n    deleteReadingList(slug: $slug)\n  }\n": types.DeleteReadingListDocument,
    "\n  mutation UpdateReadingListItem($itemId: ID!, $note: String!) {\n    updateReadingListItem(itemId: $itemId, note: $note) {\n      ...ReadingListFields\n    }\n  }\n": types.UpdateReadingListItemDocument,
    "\n  mutation RemoveReadingListItem($itemId: ID!) {\n    removeReadingListItem(itemId: $itemId) {\n      ...ReadingListFields\n    }\n  }\n": types.RemoveReadingListItemDocument,
    "\n  mutation MoveReadingListItem($itemId: ID!, $afterItemId: ID) {\n    moveReadingListItem(itemId: $itemId, afterItemId: $afterItemId) {\n      ...ReadingListFields\n    }\n  }\n": types.MoveReadingListItemDocument,
    "\n  mutation MarkReadingListItemRead($itemId: ID!, $read: Boolean!) {\n    markReadingListItemRead(itemId: $itemId, read: $read) {\n      ...ReadingListFields\n    }\n  }\n": types.MarkReadingListItemReadDocument,
    "\n  mutation AddReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    addReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n": types.AddReadingListCollaboratorDocument,
    "\n  mutation RemoveReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    removeReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n": types.RemoveReadingListCollaboratorDocument,
    "\n  mutation CreateReadingListShareLink($slug: String!) {\n    createReadingListShareLink(slug: $slug)\n  }\n": types.CreateReadingListShareLinkDocument,
    "\n  mutation RevokeReadingListShareLink($slug: String!) {\n    revokeReadingListShareLink(slug: $slug) {\n      ...ReadingListFields\n    }\n  }\n": types.RevokeReadingListShareLinkDocument,
    "\n  query ListResourceSuggestions($q: String!) {\n    quickSearch(q: $q, limit: 8) {\n      hits {\n        kind\n        slug\n        detail\n        title {\n          text\n        }\n      }\n    }\n  }\n": types.ListResourceSuggestionsDocument,
    "\n  mutation RemindReadingListUnread($slug: String!) {\n    remindReadingListUnread(slug: $slug)\n  }\n": types.RemindReadingListUnreadDocument,
    "\n  fragment ActivityReportFields on ActivityReport {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    shared\n    generatedAt\n    figures {\n      id\n      section\n      value\n      previous\n      changePercent\n    }\n    tables {\n      id\n      section\n      columns\n      rows {\n        key\n        label\n        resourceSlug\n        values\n        previous\n        suppressed\n        previousSuppressed\n      }\n    }\n  }\n": types.ActivityReportFieldsFragmentDoc,
    "\n  query ActivityReport($input: ActivityReportInput) {\n    activityReport(input: $input) {\n      ...ActivityReportFields\n    }\n  }\n": types.ActivityReportDocument,
    "\n  query SharedActivityReport($token: String!) {\n    sharedActivityReport(token: $token) {\n      ...ActivityReportFields\n    }\n  }\n": types.SharedActivityReportDocument,
    "\n  query ReportFilterOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": types.ReportFilterOptionsDocument,
    "\n  fragment ReportShareLinkFields on ReportShareLink {\n    id\n    label\n    period {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    createdAt\n    createdByName\n    revokedAt\n  }\n": types.ReportShareLinkFieldsFragmentDoc,
    "\n  query ReportShareLinks {\n    reportShareLinks {\n      ...ReportShareLinkFields\n    }\n  }\n": types.ReportShareLinksDocument,
    "\n  mutation CreateReportShareLink($input: ReportShareLinkInput!) {\n    createReportShareLink(input: $input) {\n      token\n      link {\n        ...ReportShareLinkFields\n      }\n    }\n  }\n": types.CreateReportShareLinkDocument,
    "\n  mutation RevokeReportShareLink($id: ID!) {\n    revokeReportShareLink(id: $id) {\n      ...ReportShareLinkFields\n    }\n  }\n": types.RevokeReportShareLinkDocument,
    "\n  query ResourceHistory($slug: String!) {\n    resource(slug: $slug) {\n      id\n      slug\n      title\n      viewerCanEdit\n      history {\n        version\n        current\n        createdAt\n        author {\n          id\n          slug\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ResourceHistoryDocument,
    "\n  mutation RestoreResourceVersion($slug: String!, $version: Int!) {\n    restoreResourceVersion(slug: $slug, version: $version) {\n      id\n      slug\n      title\n    }\n  }\n": types.RestoreResourceVersionDocument,
    "\n  query ResourceBin {\n    resourceBin {\n      retentionDays\n      items {\n        id\n        slug\n        title\n        type\n        deletedAt\n        purgeAt\n        deletedBy {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ResourceBinDocument,
    "\n  mutation RestoreResource($slug: String!) {\n    restoreResource(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n": types.RestoreResourceDocument,
    "\n  query LinkPreview($url: String!) {\n    linkPreview(url: $url) {\n      source\n      url\n      title\n      summary\n      authors\n      publisher\n      year\n      language\n      imageData\n      type\n      format\n      mediaType\n    }\n  }\n": types.LinkPreviewDocument,
    "\n  query PossibleDuplicates($url: String, $title: String, $excludeSlug: String) {\n    possibleDuplicates(url: $url, title: $title, excludeSlug: $excludeSlug) {\n      slug\n      title\n      sameUrl\n      sameTitle\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query Resource($slug: String!, $countView: Boolean = false) {\n    resource(slug: $slug, countView: $countView) {\n      ...ResourceFields\n      viewerCanEdit\n      thumbnailUrl\n      ...ResourceReactions\n      ...ResourceDebriefs\n      ...ResourceDiscussedAt\n      ...ResourceLinkStatus\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": types.ResourceDocument,
    "\n  mutation DeleteResource($slug: String!) {\n    deleteResource(slug: $slug)\n  }\n": types.DeleteResourceDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    slug\n    type\n    format\n    title\n    summary\n    body\n    url\n    authors\n    authorKinds {\n      name\n      kind\n    }\n    publisher\n    year\n    language\n    licence\n    durationMinutes\n    visibility\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    tags {\n      id\n      slug\n      label\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    contributor {\n      id\n      slug\n      name\n    }\n    files {\n      id\n      fileName\n      mediaType\n      extension\n      size\n      isMain\n      downloadUrl\n      previewUrl\n      thumbnailUrl\n      textStatus\n      textError\n      pageCount\n    }\n    createdAt\n    updatedAt\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  query ResourceFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n": types.ResourceFormOptionsDocument,
    "\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.CreateResourceDocument,
    "\n  mutation UpdateResource($slug: String!, $input: ResourceInput!) {\n    updateResource(slug: $slug, input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.UpdateResourceDocument,
    "\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n": types.FacetValueFieldsFragmentDoc,
    "\n  query SearchResources($input: SearchInput!) {\n    search(input: $input) {\n      total\n      page\n      pageSize\n      totalPages\n      suggestion\n      relaxations {\n        field\n        total\n      }\n      hits {\n        resource {\n          id\n          slug\n          type\n          format\n          title\n          summary\n          year\n          themes {\n            id\n            slug\n            label\n            labelEn\n          }\n        }\n        title {\n          text\n          match\n        }\n        summary {\n          text\n          match\n        }\n        thumbnailUrl\n        fileMatch {\n          fileId\n          fileName\n          unit\n          number\n          excerpt\n        }\n      }\n      facets {\n        types {\n          ...FacetValueFields\n        }\n        formats {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        audiences {\n          ...FacetValueFields\n        }\n        # Tags are many: only the most used are offered (the API adds any already chosen).\n        tags(first: 15) {\n          ...FacetValueFields\n        }\n        organisations {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n    }\n  }\n": types.SearchResourcesDocument,
    "\n  query QuickSearch($q: String!, $limit: Int) {\n    quickSearch(q: $q, limit: $limit) {\n      hits {\n        kind\n        slug\n        title {\n          text\n          match\n        }\n        detail\n        resourceType\n        year\n      }\n    }\n  }\n": types.QuickSearchDocument,
    "\n  query MentionCandidates($query: String!) {\n    mentionCandidates(query: $query) {\n      id\n      slug\n      name\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query ThemeLabels {\n    themes {\n      id\n      slug\n      labelEn\n    }\n  }\n": types.ThemeLabelsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    slug\n    name\n    email\n    role\n    title\n    organisation {\n      id\n      slug\n      name\n    }\n    expertise {\n      id\n      slug\n      label\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  query DevMode {\n    devMailbox {\n      id\n    }\n  }\n": types.DevModeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox {\n    devMailbox {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox {\n    devMailbox {\n      id\n      to\n      subject\n      text\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    email\n    name\n    role\n    expiresAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    email\n    name\n    role\n    expiresAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n    invitationStatus(token: $token)\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n    invitationStatus(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccountFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileDirectory($slug: String!) {\n    memberProfile(slug: $slug) {\n      directory {\n        audiences {\n          slug\n        }\n        languages\n        contactThemes {\n          id\n          slug\n        }\n        directoryVisibility\n        acceptsMessages\n      }\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query ProfileDirectory($slug: String!) {\n    memberProfile(slug: $slug) {\n      directory {\n        audiences {\n          slug\n        }\n        languages\n        contactThemes {\n          id\n          slug\n        }\n        directoryVisibility\n        acceptsMessages\n      }\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestSetting {\n    viewer {\n      id\n      digestEnabled\n    }\n  }\n"): (typeof documents)["\n  query DigestSetting {\n    viewer {\n      id\n      digestEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestEnabled($enabled: Boolean!) {\n    setDigestEnabled(enabled: $enabled)\n  }\n"): (typeof documents)["\n  mutation SetDigestEnabled($enabled: Boolean!) {\n    setDigestEnabled(enabled: $enabled)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n      itemCount\n    }\n  }\n"): (typeof documents)["\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n      itemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteWelcome($input: WelcomeInput!) {\n    completeWelcome(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteWelcome($input: WelcomeInput!) {\n    completeWelcome(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberAccountFields on MemberAccount {\n    id\n    slug\n    name\n    email\n    role\n    lastSignInAt\n    deactivatedAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberAccountFields on MemberAccount {\n    id\n    slug\n    name\n    email\n    role\n    lastSignInAt\n    deactivatedAt\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberAccounts {\n    memberAccounts {\n      ...MemberAccountFields\n    }\n  }\n"): (typeof documents)["\n  query MemberAccounts {\n    memberAccounts {\n      ...MemberAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRole($memberSlug: String!, $role: Role!) {\n    changeRole(memberSlug: $memberSlug, role: $role) {\n      ...MemberAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRole($memberSlug: String!, $role: Role!) {\n    changeRole(memberSlug: $memberSlug, role: $role) {\n      ...MemberAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($memberSlug: String!) {\n    deactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($memberSlug: String!) {\n    deactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($memberSlug: String!) {\n    reactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($memberSlug: String!) {\n    reactivateMember(memberSlug: $memberSlug) {\n      ...MemberAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitationFields on PendingInvitation {\n    id\n    email\n    name\n    role\n    invitedBy\n    sentAt\n    expiresAt\n    expired\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PendingInvitationFields on PendingInvitation {\n    id\n    email\n    name\n    role\n    invitedBy\n    sentAt\n    expiresAt\n    expired\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    pendingInvitations {\n      ...PendingInvitationFields\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations {\n    pendingInvitations {\n      ...PendingInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...PendingInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...PendingInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($limit: Int) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actor\n      subject\n      details\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($limit: Int) {\n    auditLog(limit: $limit) {\n      id\n      action\n      actor\n      subject\n      details\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeFields on Theme {\n    id\n    slug\n    label\n    labelEn\n    description\n  }\n"): (typeof documents)["\n  fragment ThemeFields on Theme {\n    id\n    slug\n    label\n    labelEn\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  query Themes {\n    themes {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($slug: String!, $input: ThemeInput!) {\n    updateTheme(slug: $slug, input: $input) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($slug: String!, $input: ThemeInput!) {\n    updateTheme(slug: $slug, input: $input) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTheme($slug: String!) {\n    deleteTheme(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation DeleteTheme($slug: String!) {\n    deleteTheme(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      summary\n      attempts\n      lastError\n      createdAt\n      failedAt\n    }\n  }\n"): (typeof documents)["\n  query FailedJobs {\n    failedJobs {\n      id\n      queue\n      summary\n      attempts\n      lastError\n      createdAt\n      failedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RetryJob($id: ID!) {\n    retryJob(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStatus {\n    serviceStatus {\n      indexLagSeconds\n      outboxPending\n      pendingMigrations\n      jobQueues {\n        queue\n        due\n        scheduled\n        running\n        failed\n        oldestDueAgeSeconds\n      }\n      lastBackup {\n        completedAt\n        archive\n        sizeBytes\n      }\n      versions {\n        app\n        postgres\n        meilisearch\n        lastMigration\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceStatus {\n    serviceStatus {\n      indexLagSeconds\n      outboxPending\n      pendingMigrations\n      jobQueues {\n        queue\n        due\n        scheduled\n        running\n        failed\n        oldestDueAgeSeconds\n      }\n      lastBackup {\n        completedAt\n        archive\n        sizeBytes\n      }\n      versions {\n        app\n        postgres\n        meilisearch\n        lastMigration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentContentFields on Comment {\n    id\n    author {\n      id\n      slug\n      name\n    }\n    html\n    markdown\n    createdAt\n    edited\n    deleted\n    hidden\n    viewerCanEdit\n    viewerCanReport\n    viewerReported\n  }\n"): (typeof documents)["\n  fragment CommentContentFields on Comment {\n    id\n    author {\n      id\n      slug\n      name\n    }\n    html\n    markdown\n    createdAt\n    edited\n    deleted\n    hidden\n    viewerCanEdit\n    viewerCanReport\n    viewerReported\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    ...CommentContentFields\n    replies {\n      ...CommentContentFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    ...CommentContentFields\n    replies {\n      ...CommentContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingListComments($slug: String!) {\n    readingList(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingListComments($slug: String!) {\n    readingList(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($resourceSlug: String!, $markdown: String!, $parentId: ID) {\n    createComment(resourceSlug: $resourceSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComment($resourceSlug: String!, $markdown: String!, $parentId: ID) {\n    createComment(resourceSlug: $resourceSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReadingListComment($listSlug: String!, $markdown: String!, $parentId: ID) {\n    createReadingListComment(listSlug: $listSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReadingListComment($listSlug: String!, $markdown: String!, $parentId: ID) {\n    createReadingListComment(listSlug: $listSlug, markdown: $markdown, parentId: $parentId) {\n      ...CommentContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($id: ID!, $markdown: String!) {\n    updateComment(id: $id, markdown: $markdown) {\n      ...CommentContentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($id: ID!, $markdown: String!) {\n    updateComment(id: $id, markdown: $markdown) {\n      ...CommentContentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation ReportComment($id: ID!, $reason: String!) {\n    reportComment(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceComments($slug: String!) {\n    resource(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceComments($slug: String!) {\n    resource(slug: $slug) {\n      id\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefFields on Debrief {\n    id\n    date\n    context\n    audience {\n      slug\n      label\n      labelEn\n    }\n    ageBand\n    participants\n    durationMinutes\n    parentsPresent\n    wentWell\n    toAdjust\n    rating\n    author {\n      id\n      slug\n      name\n    }\n    createdAt\n    edited\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment DebriefFields on Debrief {\n    id\n    date\n    context\n    audience {\n      slug\n      label\n      labelEn\n    }\n    ageBand\n    participants\n    durationMinutes\n    parentsPresent\n    wentWell\n    toAdjust\n    rating\n    author {\n      id\n      slug\n      name\n    }\n    createdAt\n    edited\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceDebriefs on Resource {\n    id\n    authors\n    debriefSummary {\n      count\n      participants\n      averageRating\n    }\n    debriefs {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceDebriefs on Resource {\n    id\n    authors\n    debriefSummary {\n      count\n      participants\n      averageRating\n    }\n    debriefs {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebriefAudiences {\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query DebriefAudiences {\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDebrief($resourceSlug: String!, $input: DebriefInput!) {\n    createDebrief(resourceSlug: $resourceSlug, input: $input) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDebrief($resourceSlug: String!, $input: DebriefInput!) {\n    createDebrief(resourceSlug: $resourceSlug, input: $input) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDebrief($id: ID!, $input: DebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDebrief($id: ID!, $input: DebriefInput!) {\n    updateDebrief(id: $id, input: $input) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDebrief($id: ID!) {\n    deleteDebrief(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeEvidenceFields on KnowledgeEvidence {\n    declaredExpertise\n    debriefs\n    resources\n    lists\n  }\n"): (typeof documents)["\n  fragment KnowledgeEvidenceFields on KnowledgeEvidence {\n    declaredExpertise\n    debriefs\n    resources\n    lists\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($input: DirectorySearchInput!) {\n    directory(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        type\n        slug\n        name\n        function\n        organisationSlug\n        organisationName\n        kind\n        city\n        priorityNeighbourhood\n        themeLabels\n        archived\n        logoUrl\n        evidence {\n          ...KnowledgeEvidenceFields\n        }\n      }\n      askedThemes {\n        id\n        slug\n        label\n        labelEn\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        kinds {\n          value\n          label\n          count\n        }\n        cities {\n          value\n          label\n          count\n        }\n        priorityNeighbourhood {\n          value\n          label\n          count\n        }\n        themes {\n          value\n          label\n          count\n        }\n        audiences {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($input: DirectorySearchInput!) {\n    directory(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        type\n        slug\n        name\n        function\n        organisationSlug\n        organisationName\n        kind\n        city\n        priorityNeighbourhood\n        themeLabels\n        archived\n        logoUrl\n        evidence {\n          ...KnowledgeEvidenceFields\n        }\n      }\n      askedThemes {\n        id\n        slug\n        label\n        labelEn\n      }\n      facets {\n        types {\n          value\n          label\n          count\n        }\n        kinds {\n          value\n          label\n          count\n        }\n        cities {\n          value\n          label\n          count\n        }\n        priorityNeighbourhood {\n          value\n          label\n          count\n        }\n        themes {\n          value\n          label\n          count\n        }\n        audiences {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryOrganisationFields on DirectoryOrganisation {\n    id\n    slug\n    name\n    kind\n    kindDetail\n    city\n    neighbourhood\n    priorityNeighbourhood\n    description\n    website\n    publicContact\n    logoUrl\n    archivedAt\n    memberCount\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryOrganisationFields on DirectoryOrganisation {\n    id\n    slug\n    name\n    kind\n    kindDetail\n    city\n    neighbourhood\n    priorityNeighbourhood\n    description\n    website\n    publicContact\n    logoUrl\n    archivedAt\n    memberCount\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($slug: String!) {\n    organisationPage(slug: $slug) {\n      organisation {\n        ...DirectoryOrganisationFields\n      }\n      members {\n        id\n        slug\n        name\n        title\n      }\n      resources {\n        slug\n        title\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        author {\n          id\n          slug\n          name\n        }\n        workshopDate\n        participants\n      }\n      participantsReached\n      events {\n        slug\n        title\n        startsAt\n      }\n      kits {\n        slug\n        name\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($slug: String!) {\n    organisationPage(slug: $slug) {\n      organisation {\n        ...DirectoryOrganisationFields\n      }\n      members {\n        id\n        slug\n        name\n        title\n      }\n      resources {\n        slug\n        title\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        author {\n          id\n          slug\n          name\n        }\n        workshopDate\n        participants\n      }\n      participantsReached\n      events {\n        slug\n        title\n        startsAt\n      }\n      kits {\n        slug\n        name\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsAdmin {\n    directoryOrganisations {\n      ...DirectoryOrganisationFields\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsAdmin {\n    directoryOrganisations {\n      ...DirectoryOrganisationFields\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($slug: String!, $input: OrganisationInput!) {\n    updateOrganisation(slug: $slug, input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($slug: String!, $input: OrganisationInput!) {\n    updateOrganisation(slug: $slug, input: $input) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationArchived($slug: String!, $archived: Boolean!) {\n    setOrganisationArchived(slug: $slug, archived: $archived) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationArchived($slug: String!, $archived: Boolean!) {\n    setOrganisationArchived(slug: $slug, archived: $archived) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrganisations($keepSlug: String!, $mergeSlug: String!) {\n    mergeOrganisations(keepSlug: $keepSlug, mergeSlug: $mergeSlug) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrganisations($keepSlug: String!, $mergeSlug: String!) {\n    mergeOrganisations(keepSlug: $keepSlug, mergeSlug: $mergeSlug) {\n      ...DirectoryOrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    place\n    visibility\n    organisers {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      yes\n      no\n      maybe\n    }\n  }\n"): (typeof documents)["\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    place\n    visibility\n    organisers {\n      id\n      slug\n      name\n    }\n    rsvpCounts {\n      yes\n      no\n      maybe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on Event {\n    ...EventSummaryFields\n    description\n    agenda\n    icsPath\n    viewerCanEdit\n    viewerRsvp\n    participants {\n      answer\n      member {\n        id\n        slug\n        name\n      }\n    }\n    readingLists {\n      slug\n      title\n      itemCount\n      viewerRead\n      viewerCanEdit\n    }\n    minutesHtml\n    minutesMarkdown\n    discussedResources {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment EventFields on Event {\n    ...EventSummaryFields\n    description\n    agenda\n    icsPath\n    viewerCanEdit\n    viewerRsvp\n    participants {\n      answer\n      member {\n        id\n        slug\n        name\n      }\n    }\n    readingLists {\n      slug\n      title\n      itemCount\n      viewerRead\n      viewerCanEdit\n    }\n    minutesHtml\n    minutesMarkdown\n    discussedResources {\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceDiscussedAt on Resource {\n    discussedAt {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceDiscussedAt on Resource {\n    discussedAt {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($first: Int!) {\n    upcoming: events(period: UPCOMING, first: $first) {\n      ...EventSummaryFields\n    }\n    past: events(period: PAST, first: $first) {\n      ...EventSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Events($first: Int!) {\n    upcoming: events(period: UPCOMING, first: $first) {\n      ...EventSummaryFields\n    }\n    past: events(period: PAST, first: $first) {\n      ...EventSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFormOptions {\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query EventFormOptions {\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($slug: String!, $input: EventInput!) {\n    updateEvent(slug: $slug, input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($slug: String!, $input: EventInput!) {\n    updateEvent(slug: $slug, input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvent($slug: String!) {\n    deleteEvent(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation DeleteEvent($slug: String!) {\n    deleteEvent(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRsvp($slug: String!, $answer: RsvpAnswer) {\n    setRsvp(slug: $slug, answer: $answer) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRsvp($slug: String!, $answer: RsvpAnswer) {\n    setRsvp(slug: $slug, answer: $answer) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEventMinutes($slug: String!, $markdown: String!) {\n    setEventMinutes(slug: $slug, markdown: $markdown) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetEventMinutes($slug: String!, $markdown: String!) {\n    setEventMinutes(slug: $slug, markdown: $markdown) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachReadingList($slug: String!, $listSlug: String!, $attached: Boolean!) {\n    attachReadingList(slug: $slug, listSlug: $listSlug, attached: $attached) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation AttachReadingList($slug: String!, $listSlug: String!, $attached: Boolean!) {\n    attachReadingList(slug: $slug, listSlug: $listSlug, attached: $attached) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachableReadingLists {\n    readingLists(mine: false, editable: false) {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query AttachableReadingLists {\n    readingLists(mine: false, editable: false) {\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowFields on Follow {\n    kind\n    slug\n    label\n  }\n"): (typeof documents)["\n  fragment FollowFields on Follow {\n    kind\n    slug\n    label\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  query MyFollows {\n    myFollows {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollow($kind: FollowKind!, $slug: String!, $following: Boolean!) {\n    setFollow(kind: $kind, slug: $slug, following: $following) {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetFollow($kind: FollowKind!, $slug: String!, $following: Boolean!) {\n    setFollow(kind: $kind, slug: $slug, following: $following) {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query FollowOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    fileName\n    format\n    state\n    total\n    processed\n    createdCount\n    skippedCount\n    reportUrl\n    csvHeaders\n    csvMapping {\n      field\n      header\n    }\n    rows {\n      n\n      status\n      title\n      authors\n      year\n      type\n      format\n      issues {\n        field\n        rule\n        message\n      }\n      duplicateOf {\n        slug\n        title\n      }\n      duplicateOfRow\n    }\n  }\n"): (typeof documents)["\n  fragment ImportBatchFields on ImportBatch {\n    id\n    fileName\n    format\n    state\n    total\n    processed\n    createdCount\n    skippedCount\n    reportUrl\n    csvHeaders\n    csvMapping {\n      field\n      header\n    }\n    rows {\n      n\n      status\n      title\n      authors\n      year\n      type\n      format\n      issues {\n        field\n        rule\n        message\n      }\n      duplicateOf {\n        slug\n        title\n      }\n      duplicateOfRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($id: ID!) {\n    importBatch(id: $id) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n"): (typeof documents)["\n  query ImportProgress($id: ID!) {\n    importBatch(id: $id) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportThemes {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query ImportThemes {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapImportColumns($id: ID!, $columns: [ImportColumnInput!]!) {\n    mapImportColumns(id: $id, columns: $columns) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation MapImportColumns($id: ID!, $columns: [ImportColumnInput!]!) {\n    mapImportColumns(id: $id, columns: $columns) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($id: ID!, $input: StartImportInput!) {\n    startImport(id: $id, input: $input) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartImport($id: ID!, $input: StartImportInput!) {\n    startImport(id: $id, input: $input) {\n      id\n      state\n      total\n      processed\n      createdCount\n      skippedCount\n      reportUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KitLoanFields on KitLoan {\n    id\n    kit {\n      slug\n      name\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    organisation {\n      slug\n      name\n    }\n    event {\n      slug\n      title\n    }\n    purpose\n    firstDay\n    lastDay\n    periodLabel\n    status\n    refusedReason\n    handedOverAt\n    returnedAt\n    returnCheck {\n      label\n      missing\n      broken\n      note\n    }\n    viewerCanHandle\n    viewerCanCancel\n  }\n"): (typeof documents)["\n  fragment KitLoanFields on KitLoan {\n    id\n    kit {\n      slug\n      name\n    }\n    requester {\n      id\n      slug\n      name\n    }\n    organisation {\n      slug\n      name\n    }\n    event {\n      slug\n      title\n    }\n    purpose\n    firstDay\n    lastDay\n    periodLabel\n    status\n    refusedReason\n    handedOverAt\n    returnedAt\n    returnCheck {\n      label\n      missing\n      broken\n      note\n    }\n    viewerCanHandle\n    viewerCanCancel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kits($from: String!, $to: String!) {\n    kits {\n      id\n      slug\n      name\n      description\n      archivedAt\n      organisation {\n        slug\n        name\n      }\n      items {\n        label\n        quantity\n      }\n      photos {\n        id\n        url\n        altText\n      }\n    }\n    kitCalendar(from: $from, to: $to) {\n      kit {\n        slug\n        name\n      }\n      firstDay\n      lastDay\n      status\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query Kits($from: String!, $to: String!) {\n    kits {\n      id\n      slug\n      name\n      description\n      archivedAt\n      organisation {\n        slug\n        name\n      }\n      items {\n        label\n        quantity\n      }\n      photos {\n        id\n        url\n        altText\n      }\n    }\n    kitCalendar(from: $from, to: $to) {\n      kit {\n        slug\n        name\n      }\n      firstDay\n      lastDay\n      status\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KitFields on Kit {\n    id\n    slug\n    name\n    description\n    archivedAt\n    organisation {\n      slug\n      name\n    }\n    items {\n      label\n      quantity\n    }\n    conditionNotes\n    pickupPlace\n    loanConditions\n    viewerCanManage\n    resources {\n      slug\n      title\n    }\n    photos {\n      id\n      url\n      altText\n    }\n  }\n"): (typeof documents)["\n  fragment KitFields on Kit {\n    id\n    slug\n    name\n    description\n    archivedAt\n    organisation {\n      slug\n      name\n    }\n    items {\n      label\n      quantity\n    }\n    conditionNotes\n    pickupPlace\n    loanConditions\n    viewerCanManage\n    resources {\n      slug\n      title\n    }\n    photos {\n      id\n      url\n      altText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kit($slug: String!, $month: String) {\n    kit(slug: $slug) {\n      ...KitFields\n      busy(month: $month) {\n        firstDay\n        lastDay\n        status\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        workshopDate\n        context\n        participants\n      }\n      loans {\n        ...KitLoanFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Kit($slug: String!, $month: String) {\n    kit(slug: $slug) {\n      ...KitFields\n      busy(month: $month) {\n        firstDay\n        lastDay\n        status\n      }\n      debriefs {\n        id\n        resource {\n          slug\n          title\n        }\n        workshopDate\n        context\n        participants\n      }\n      loans {\n        ...KitLoanFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyKitLoans {\n    myKitLoans {\n      ...KitLoanFields\n    }\n    kitLoansToHandle {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  query MyKitLoans {\n    myKitLoans {\n      ...KitLoanFields\n    }\n    kitLoansToHandle {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKit($input: KitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKit($input: KitInput!) {\n    createKit(input: $input) {\n      ...KitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKit($slug: String!, $input: KitInput!) {\n    updateKit(slug: $slug, input: $input) {\n      ...KitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKit($slug: String!, $input: KitInput!) {\n    updateKit(slug: $slug, input: $input) {\n      ...KitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestKitLoan($input: KitLoanRequestInput!) {\n    requestKitLoan(input: $input) {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestKitLoan($input: KitLoanRequestInput!) {\n    requestKitLoan(input: $input) {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptKitLoan($id: ID!) {\n    acceptKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptKitLoan($id: ID!) {\n    acceptKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseKitLoan($id: ID!, $reason: String!) {\n    refuseKitLoan(id: $id, reason: $reason) {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseKitLoan($id: ID!, $reason: String!) {\n    refuseKitLoan(id: $id, reason: $reason) {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelKitLoan($id: ID!) {\n    cancelKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelKitLoan($id: ID!) {\n    cancelKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverKitLoan($id: ID!) {\n    handOverKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  mutation HandOverKitLoan($id: ID!) {\n    handOverKitLoan(id: $id) {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnKitLoan($id: ID!, $check: [KitReturnCheckLineInput!]!, $notes: String!) {\n    returnKitLoan(id: $id, check: $check, notes: $notes) {\n      ...KitLoanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnKitLoan($id: ID!, $check: [KitReturnCheckLineInput!]!, $notes: String!) {\n    returnKitLoan(id: $id, check: $check, notes: $notes) {\n      ...KitLoanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveKitPhoto($id: ID!) {\n    removeKitPhoto(id: $id) {\n      id\n      photos {\n        id\n        url\n        altText\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveKitPhoto($id: ID!) {\n    removeKitPhoto(id: $id) {\n      id\n      photos {\n        id\n        url\n        altText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceLinkStatus on Resource {\n    id\n    slug\n    viewerCanEdit\n    linkStatus {\n      broken\n      brokenSince\n      reason\n      httpStatus\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceLinkStatus on Resource {\n    id\n    slug\n    viewerCanEdit\n    linkStatus {\n      broken\n      brokenSince\n      reason\n      httpStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrokenLinks($first: Int, $after: String) {\n    brokenLinks(first: $first, after: $after) {\n      items {\n        url\n        resource {\n          slug\n          title\n        }\n        contributor {\n          id\n          slug\n          name\n        }\n        status {\n          brokenSince\n          checkedAt\n          reason\n          httpStatus\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query BrokenLinks($first: Int, $after: String) {\n    brokenLinks(first: $first, after: $after) {\n      items {\n        url\n        resource {\n          slug\n          title\n        }\n        contributor {\n          id\n          slug\n          name\n        }\n        status {\n          brokenSince\n          checkedAt\n          reason\n          httpStatus\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($slug: String!) {\n    memberProfile(slug: $slug) {\n      member {\n        id\n        slug\n        name\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      expertise {\n        id\n        slug\n        label\n        labelEn\n      }\n      viewerFollows\n      isViewer\n      deactivatedAt\n      followerCount\n      recentResources {\n        slug\n        title\n      }\n      directory {\n        audiences {\n          slug\n          label\n          labelEn\n        }\n        languages\n        contactThemes {\n          id\n          slug\n          label\n          labelEn\n        }\n        directoryVisibility\n        acceptsMessages\n        viewerCanContact\n        themeKnowledge {\n          theme {\n            id\n            slug\n            label\n            labelEn\n          }\n          evidence {\n            ...KnowledgeEvidenceFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($slug: String!) {\n    memberProfile(slug: $slug) {\n      member {\n        id\n        slug\n        name\n        title\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      expertise {\n        id\n        slug\n        label\n        labelEn\n      }\n      viewerFollows\n      isViewer\n      deactivatedAt\n      followerCount\n      recentResources {\n        slug\n        title\n      }\n      directory {\n        audiences {\n          slug\n          label\n          labelEn\n        }\n        languages\n        contactThemes {\n          id\n          slug\n          label\n          labelEn\n        }\n        directoryVisibility\n        acceptsMessages\n        viewerCanContact\n        themeKnowledge {\n          theme {\n            id\n            slug\n            label\n            labelEn\n          }\n          evidence {\n            ...KnowledgeEvidenceFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactMember($input: ContactMemberInput!) {\n    contactMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation ContactMember($input: ContactMemberInput!) {\n    contactMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue {\n    moderationQueue {\n      id\n      html\n      createdAt\n      hidden\n      reportCount\n      author {\n        id\n        slug\n        name\n      }\n      resource {\n        slug\n        title\n      }\n      readingList {\n        slug\n        title\n      }\n      reports {\n        reason\n        createdAt\n        reporter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue {\n    moderationQueue {\n      id\n      html\n      createdAt\n      hidden\n      reportCount\n      author {\n        id\n        slug\n        name\n      }\n      resource {\n        slug\n        title\n      }\n      readingList {\n        slug\n        title\n      }\n      reports {\n        reason\n        createdAt\n        reporter {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModeratedCommentFields on Comment {\n    id\n    hidden\n    html\n  }\n"): (typeof documents)["\n  fragment ModeratedCommentFields on Comment {\n    id\n    hidden\n    html\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreComment($id: ID!) {\n    restoreComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreComment($id: ID!) {\n    restoreComment(id: $id) {\n      ...ModeratedCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsFeed($first: Int!, $after: String) {\n    newsFeed(first: $first, after: $after) {\n      items {\n        id\n        kind\n        at\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        because {\n          kind\n          slug\n          label\n        }\n      }\n      hasMore\n      endCursor\n      followCount\n    }\n  }\n"): (typeof documents)["\n  query NewsFeed($first: Int!, $after: String) {\n    newsFeed(first: $first, after: $after) {\n      items {\n        id\n        kind\n        at\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        because {\n          kind\n          slug\n          label\n        }\n      }\n      hasMore\n      endCursor\n      followCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        id\n        kind\n        createdAt\n        read\n        commentId\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        readingList {\n          slug\n          title\n        }\n        theme {\n          slug\n          label\n          labelEn\n        }\n      }\n      unreadCount\n      hasMore\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      items {\n        id\n        kind\n        createdAt\n        read\n        commentId\n        excerpt\n        actor {\n          id\n          slug\n          name\n        }\n        resource {\n          slug\n          title\n        }\n        readingList {\n          slug\n          title\n        }\n        theme {\n          slug\n          label\n          labelEn\n        }\n      }\n      unreadCount\n      hasMore\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionCountFields on ReactionCount {\n    kind\n    count\n    viewerReacted\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReactionCountFields on ReactionCount {\n    kind\n    count\n    viewerReacted\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceReactions on Resource {\n    id\n    reactions {\n      ...ReactionCountFields\n    }\n    bookmarked\n  }\n"): (typeof documents)["\n  fragment ResourceReactions on Resource {\n    id\n    reactions {\n      ...ReactionCountFields\n    }\n    bookmarked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionsOnly on Resource {\n    reactions {\n      ...ReactionCountFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReactionsOnly on Resource {\n    reactions {\n      ...ReactionCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleReaction($resourceSlug: String!, $kind: ReactionKind!) {\n    toggleReaction(resourceSlug: $resourceSlug, kind: $kind) {\n      ...ReactionCountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ToggleReaction($resourceSlug: String!, $kind: ReactionKind!) {\n    toggleReaction(resourceSlug: $resourceSlug, kind: $kind) {\n      ...ReactionCountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBookmark($resourceSlug: String!, $bookmarked: Boolean!) {\n    setBookmark(resourceSlug: $resourceSlug, bookmarked: $bookmarked)\n  }\n"): (typeof documents)["\n  mutation SetBookmark($resourceSlug: String!, $bookmarked: Boolean!) {\n    setBookmark(resourceSlug: $resourceSlug, bookmarked: $bookmarked)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bookmarks($page: Int, $pageSize: Int) {\n    bookmarks(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        slug\n        title\n        type\n        year\n      }\n      page\n      pageSize\n      total\n    }\n  }\n"): (typeof documents)["\n  query Bookmarks($page: Int, $pageSize: Int) {\n    bookmarks(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        slug\n        title\n        type\n        year\n      }\n      page\n      pageSize\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingLists($mine: Boolean!, $editable: Boolean!, $resourceSlug: String) {\n    readingLists(mine: $mine, editable: $editable, resourceSlug: $resourceSlug) {\n      ...ReadingListSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query ReadingLists($mine: Boolean!, $editable: Boolean!, $resourceSlug: String) {\n    readingLists(mine: $mine, editable: $editable, resourceSlug: $resourceSlug) {\n      ...ReadingListSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReadingListItem($slug: String!, $resourceSlug: String!, $note: String!) {\n    addReadingListItem(slug: $slug, resourceSlug: $resourceSlug, note: $note) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddReadingListItem($slug: String!, $resourceSlug: String!, $note: String!) {\n    addReadingListItem(slug: $slug, resourceSlug: $resourceSlug, note: $note) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadingListSummaryFields on ReadingListSummary {\n    slug\n    title\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    itemCount\n    viewerRead\n    viewerCanEdit\n    containsResource\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReadingListSummaryFields on ReadingListSummary {\n    slug\n    title\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    itemCount\n    viewerRead\n    viewerCanEdit\n    containsResource\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadingListItemFields on ReadingListItem {\n    id\n    position\n    note\n    availability\n    addedBy {\n      id\n      slug\n      name\n    }\n    resource {\n      slug\n      title\n      type\n      format\n      year\n      authors\n      url\n      summary\n    }\n    titleSnapshot\n    viewerRead\n  }\n"): (typeof documents)["\n  fragment ReadingListItemFields on ReadingListItem {\n    id\n    position\n    note\n    availability\n    addedBy {\n      id\n      slug\n      name\n    }\n    resource {\n      slug\n      title\n      type\n      format\n      year\n      authors\n      url\n      summary\n    }\n    titleSnapshot\n    viewerRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadingListFields on ReadingList {\n    id\n    slug\n    title\n    intro\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    collaborators {\n      id\n      slug\n      name\n    }\n    items {\n      ...ReadingListItemFields\n    }\n    viewerRead\n    participants {\n      member {\n        id\n        slug\n        name\n      }\n      read\n      readItemIds\n    }\n    viewerCanEdit\n    viewerCanManage\n    hasShareLink\n    viaShareLink\n    pdfExportAvailable\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReadingListFields on ReadingList {\n    id\n    slug\n    title\n    intro\n    visibility\n    curator {\n      id\n      slug\n      name\n    }\n    collaborators {\n      id\n      slug\n      name\n    }\n    items {\n      ...ReadingListItemFields\n    }\n    viewerRead\n    participants {\n      member {\n        id\n        slug\n        name\n      }\n      read\n      readItemIds\n    }\n    viewerCanEdit\n    viewerCanManage\n    hasShareLink\n    viaShareLink\n    pdfExportAvailable\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadingListMeetings on ReadingList {\n    meetings {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  fragment ReadingListMeetings on ReadingList {\n    meetings {\n      slug\n      title\n      startsAt\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingList($slug: String!, $shareToken: String) {\n    readingList(slug: $slug, shareToken: $shareToken) {\n      ...ReadingListFields\n      ...ReadingListMeetings\n    }\n  }\n"): (typeof documents)["\n  query ReadingList($slug: String!, $shareToken: String) {\n    readingList(slug: $slug, shareToken: $shareToken) {\n      ...ReadingListFields\n      ...ReadingListMeetings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReadingList($input: ReadingListInput!) {\n    createReadingList(input: $input) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReadingList($input: ReadingListInput!) {\n    createReadingList(input: $input) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReadingList($slug: String!, $input: ReadingListInput!) {\n    updateReadingList(slug: $slug, input: $input) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReadingList($slug: String!, $input: ReadingListInput!) {\n    updateReadingList(slug: $slug, input: $input) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReadingList($slug: String!) {\n    deleteReadingList(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation DeleteReadingList($slug: String!) {\n    deleteReadingList(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReadingListItem($itemId: ID!, $note: String!) {\n    updateReadingListItem(itemId: $itemId, note: $note) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReadingListItem($itemId: ID!, $note: String!) {\n    updateReadingListItem(itemId: $itemId, note: $note) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReadingListItem($itemId: ID!) {\n    removeReadingListItem(itemId: $itemId) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReadingListItem($itemId: ID!) {\n    removeReadingListItem(itemId: $itemId) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReadingListItem($itemId: ID!, $afterItemId: ID) {\n    moveReadingListItem(itemId: $itemId, afterItemId: $afterItemId) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReadingListItem($itemId: ID!, $afterItemId: ID) {\n    moveReadingListItem(itemId: $itemId, afterItemId: $afterItemId) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkReadingListItemRead($itemId: ID!, $read: Boolean!) {\n    markReadingListItemRead(itemId: $itemId, read: $read) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkReadingListItemRead($itemId: ID!, $read: Boolean!) {\n    markReadingListItemRead(itemId: $itemId, read: $read) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    addReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    addReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    removeReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReadingListCollaborator($slug: String!, $memberSlug: String!) {\n    removeReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReadingListShareLink($slug: String!) {\n    createReadingListShareLink(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation CreateReadingListShareLink($slug: String!) {\n    createReadingListShareLink(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReadingListShareLink($slug: String!) {\n    revokeReadingListShareLink(slug: $slug) {\n      ...ReadingListFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeReadingListShareLink($slug: String!) {\n    revokeReadingListShareLink(slug: $slug) {\n      ...ReadingListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListResourceSuggestions($q: String!) {\n    quickSearch(q: $q, limit: 8) {\n      hits {\n        kind\n        slug\n        detail\n        title {\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListResourceSuggestions($q: String!) {\n    quickSearch(q: $q, limit: 8) {\n      hits {\n        kind\n        slug\n        detail\n        title {\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindReadingListUnread($slug: String!) {\n    remindReadingListUnread(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation RemindReadingListUnread($slug: String!) {\n    remindReadingListUnread(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityReportFields on ActivityReport {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    shared\n    generatedAt\n    figures {\n      id\n      section\n      value\n      previous\n      changePercent\n    }\n    tables {\n      id\n      section\n      columns\n      rows {\n        key\n        label\n        resourceSlug\n        values\n        previous\n        suppressed\n        previousSuppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityReportFields on ActivityReport {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    shared\n    generatedAt\n    figures {\n      id\n      section\n      value\n      previous\n      changePercent\n    }\n    tables {\n      id\n      section\n      columns\n      rows {\n        key\n        label\n        resourceSlug\n        values\n        previous\n        suppressed\n        previousSuppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityReport($input: ActivityReportInput) {\n    activityReport(input: $input) {\n      ...ActivityReportFields\n    }\n  }\n"): (typeof documents)["\n  query ActivityReport($input: ActivityReportInput) {\n    activityReport(input: $input) {\n      ...ActivityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedActivityReport($token: String!) {\n    sharedActivityReport(token: $token) {\n      ...ActivityReportFields\n    }\n  }\n"): (typeof documents)["\n  query SharedActivityReport($token: String!) {\n    sharedActivityReport(token: $token) {\n      ...ActivityReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFilterOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportFilterOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportShareLinkFields on ReportShareLink {\n    id\n    label\n    period {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    createdAt\n    createdByName\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ReportShareLinkFields on ReportShareLink {\n    id\n    label\n    period {\n      from\n      to\n    }\n    filters {\n      themeSlug\n      organisationSlug\n      audienceSlug\n      priorityNeighbourhood\n    }\n    createdAt\n    createdByName\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportShareLinks {\n    reportShareLinks {\n      ...ReportShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  query ReportShareLinks {\n    reportShareLinks {\n      ...ReportShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportShareLink($input: ReportShareLinkInput!) {\n    createReportShareLink(input: $input) {\n      token\n      link {\n        ...ReportShareLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReportShareLink($input: ReportShareLinkInput!) {\n    createReportShareLink(input: $input) {\n      token\n      link {\n        ...ReportShareLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReportShareLink($id: ID!) {\n    revokeReportShareLink(id: $id) {\n      ...ReportShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeReportShareLink($id: ID!) {\n    revokeReportShareLink(id: $id) {\n      ...ReportShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceHistory($slug: String!) {\n    resource(slug: $slug) {\n      id\n      slug\n      title\n      viewerCanEdit\n      history {\n        version\n        current\n        createdAt\n        author {\n          id\n          slug\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceHistory($slug: String!) {\n    resource(slug: $slug) {\n      id\n      slug\n      title\n      viewerCanEdit\n      history {\n        version\n        current\n        createdAt\n        author {\n          id\n          slug\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreResourceVersion($slug: String!, $version: Int!) {\n    restoreResourceVersion(slug: $slug, version: $version) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreResourceVersion($slug: String!, $version: Int!) {\n    restoreResourceVersion(slug: $slug, version: $version) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceBin {\n    resourceBin {\n      retentionDays\n      items {\n        id\n        slug\n        title\n        type\n        deletedAt\n        purgeAt\n        deletedBy {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceBin {\n    resourceBin {\n      retentionDays\n      items {\n        id\n        slug\n        title\n        type\n        deletedAt\n        purgeAt\n        deletedBy {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreResource($slug: String!) {\n    restoreResource(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreResource($slug: String!) {\n    restoreResource(slug: $slug) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkPreview($url: String!) {\n    linkPreview(url: $url) {\n      source\n      url\n      title\n      summary\n      authors\n      publisher\n      year\n      language\n      imageData\n      type\n      format\n      mediaType\n    }\n  }\n"): (typeof documents)["\n  query LinkPreview($url: String!) {\n    linkPreview(url: $url) {\n      source\n      url\n      title\n      summary\n      authors\n      publisher\n      year\n      language\n      imageData\n      type\n      format\n      mediaType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($url: String, $title: String, $excludeSlug: String) {\n    possibleDuplicates(url: $url, title: $title, excludeSlug: $excludeSlug) {\n      slug\n      title\n      sameUrl\n      sameTitle\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($url: String, $title: String, $excludeSlug: String) {\n    possibleDuplicates(url: $url, title: $title, excludeSlug: $excludeSlug) {\n      slug\n      title\n      sameUrl\n      sameTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resource($slug: String!, $countView: Boolean = false) {\n    resource(slug: $slug, countView: $countView) {\n      ...ResourceFields\n      viewerCanEdit\n      thumbnailUrl\n      ...ResourceReactions\n      ...ResourceDebriefs\n      ...ResourceDiscussedAt\n      ...ResourceLinkStatus\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resource($slug: String!, $countView: Boolean = false) {\n    resource(slug: $slug, countView: $countView) {\n      ...ResourceFields\n      viewerCanEdit\n      thumbnailUrl\n      ...ResourceReactions\n      ...ResourceDebriefs\n      ...ResourceDiscussedAt\n      ...ResourceLinkStatus\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResource($slug: String!) {\n    deleteResource(slug: $slug)\n  }\n"): (typeof documents)["\n  mutation DeleteResource($slug: String!) {\n    deleteResource(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    slug\n    type\n    format\n    title\n    summary\n    body\n    url\n    authors\n    authorKinds {\n      name\n      kind\n    }\n    publisher\n    year\n    language\n    licence\n    durationMinutes\n    visibility\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    tags {\n      id\n      slug\n      label\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    contributor {\n      id\n      slug\n      name\n    }\n    files {\n      id\n      fileName\n      mediaType\n      extension\n      size\n      isMain\n      downloadUrl\n      previewUrl\n      thumbnailUrl\n      textStatus\n      textError\n      pageCount\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    slug\n    type\n    format\n    title\n    summary\n    body\n    url\n    authors\n    authorKinds {\n      name\n      kind\n    }\n    publisher\n    year\n    language\n    licence\n    durationMinutes\n    visibility\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    tags {\n      id\n      slug\n      label\n    }\n    organisation {\n      id\n      slug\n      name\n    }\n    contributor {\n      id\n      slug\n      name\n    }\n    files {\n      id\n      fileName\n      mediaType\n      extension\n      size\n      isMain\n      downloadUrl\n      previewUrl\n      thumbnailUrl\n      textStatus\n      textError\n      pageCount\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ResourceFormOptions {\n    themes {\n      id\n      slug\n      label\n      labelEn\n    }\n    audiences {\n      slug\n      label\n      labelEn\n    }\n    organisations {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResource($slug: String!, $input: ResourceInput!) {\n    updateResource(slug: $slug, input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResource($slug: String!, $input: ResourceInput!) {\n    updateResource(slug: $slug, input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n"): (typeof documents)["\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResources($input: SearchInput!) {\n    search(input: $input) {\n      total\n      page\n      pageSize\n      totalPages\n      suggestion\n      relaxations {\n        field\n        total\n      }\n      hits {\n        resource {\n          id\n          slug\n          type\n          format\n          title\n          summary\n          year\n          themes {\n            id\n            slug\n            label\n            labelEn\n          }\n        }\n        title {\n          text\n          match\n        }\n        summary {\n          text\n          match\n        }\n        thumbnailUrl\n        fileMatch {\n          fileId\n          fileName\n          unit\n          number\n          excerpt\n        }\n      }\n      facets {\n        types {\n          ...FacetValueFields\n        }\n        formats {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        audiences {\n          ...FacetValueFields\n        }\n        # Tags are many: only the most used are offered (the API adds any already chosen).\n        tags(first: 15) {\n          ...FacetValueFields\n        }\n        organisations {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchResources($input: SearchInput!) {\n    search(input: $input) {\n      total\n      page\n      pageSize\n      totalPages\n      suggestion\n      relaxations {\n        field\n        total\n      }\n      hits {\n        resource {\n          id\n          slug\n          type\n          format\n          title\n          summary\n          year\n          themes {\n            id\n            slug\n            label\n            labelEn\n          }\n        }\n        title {\n          text\n          match\n        }\n        summary {\n          text\n          match\n        }\n        thumbnailUrl\n        fileMatch {\n          fileId\n          fileName\n          unit\n          number\n          excerpt\n        }\n      }\n      facets {\n        types {\n          ...FacetValueFields\n        }\n        formats {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        audiences {\n          ...FacetValueFields\n        }\n        # Tags are many: only the most used are offered (the API adds any already chosen).\n        tags(first: 15) {\n          ...FacetValueFields\n        }\n        organisations {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickSearch($q: String!, $limit: Int) {\n    quickSearch(q: $q, limit: $limit) {\n      hits {\n        kind\n        slug\n        title {\n          text\n          match\n        }\n        detail\n        resourceType\n        year\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuickSearch($q: String!, $limit: Int) {\n    quickSearch(q: $q, limit: $limit) {\n      hits {\n        kind\n        slug\n        title {\n          text\n          match\n        }\n        detail\n        resourceType\n        year\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!) {\n    mentionCandidates(query: $query) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!) {\n    mentionCandidates(query: $query) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeLabels {\n    themes {\n      id\n      slug\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query ThemeLabels {\n    themes {\n      id\n      slug\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    slug\n    name\n    email\n    role\n    title\n    organisation {\n      id\n      slug\n      name\n    }\n    expertise {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    slug\n    name\n    email\n    role\n    title\n    organisation {\n      id\n      slug\n      name\n    }\n    expertise {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMode {\n    devMailbox {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DevMode {\n    devMailbox {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;