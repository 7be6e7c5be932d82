using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Jobs;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Mot;
using RoleMapper.Core.Programme;
using RoleMapper.Core.RoleMap;
using RoleMapper.Core.Pathways;
using RoleMapper.Core.Plan;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Tenancy;
using RoleMapper.Core.UnmatchedTitles;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data;

/// <summary>
/// The one database context. Pages, the importer and the CLI use it directly (no repository layer).
/// Nothing here is SQLite-specific: the same model runs on PostgreSQL for a shared deployment.
/// It also holds the council accounts (ASP.NET Core Identity) and the data protection keys, so every web node shares them.
/// Council-owned data (<see cref="IOrganisationOwned"/>) is filtered by <see cref="CurrentOrganisationId"/> here and only here.
/// </summary>
public class RoleMapperDbContext(DbContextOptions<RoleMapperDbContext> options, ICurrentOrganisation? organisation = null)
    : IdentityDbContext<CouncilUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The name of the tenancy filter, for the rare <c>IgnoreQueryFilters([OrganisationFilter])</c>.</summary>
    public const string OrganisationFilter = "Organisation";

    private readonly ICurrentOrganisation organisation = organisation ?? NoCurrentOrganisation.Instance;
    private int? scopedOrganisationId;

    public DbSet<StandardVersion> StandardVersions => Set<StandardVersion>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<StandardChange> StandardChanges => Set<StandardChange>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();
    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();
    public DbSet<CouncilLogEntry> CouncilLog => Set<CouncilLogEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<JobRole> JobRoles => Set<JobRole>();
    public DbSet<RoleStandard> RoleStandards => Set<RoleStandard>();
    public DbSet<RoleDecision> RoleDecisions => Set<RoleDecision>();
    public DbSet<SkillsGap> SkillsGaps => Set<SkillsGap>();
    public DbSet<MapExport> MapExports => Set<MapExport>();
    public DbSet<MaturityAssessmentRecord> MaturityAssessments => Set<MaturityAssessmentRecord>();
    public DbSet<MaturityAssessmentDraft> MaturityAssessmentDrafts => Set<MaturityAssessmentDraft>();
    public DbSet<RoleUpload> RoleUploads => Set<RoleUpload>();
    public DbSet<UnmatchedTitle> UnmatchedTitles => Set<UnmatchedTitle>();
    public DbSet<ProgrammeYear> ProgrammeYears => Set<ProgrammeYear>();
    public DbSet<MotReview> MotReviews => Set<MotReview>();
    public DbSet<LevyPlan> LevyPlans => Set<LevyPlan>();
    public DbSet<PlanLine> PlanLines => Set<PlanLine>();
    public DbSet<SavedPathway> SavedPathways => Set<SavedPathway>();
    public DbSet<RoleMapEntry> RoleMapEntries => Set<RoleMapEntry>();
    public DbSet<RoleMapChange> RoleMapChanges => Set<RoleMapChange>();

    /// <summary>The council whose records queries return and saves may touch; null means none at all.</summary>
    public int? CurrentOrganisationId => scopedOrganisationId ?? organisation.OrganisationId;

    /// <summary>
    /// Lets code with no signed-in council act for one it has resolved itself (the CLI's <c>--org</c>, accepting an
    /// invitation). Refuses to switch away from the signed-in council of a web request.
    /// </summary>
    public void ScopeToOrganisation(int organisationId)
    {
        if (organisation.OrganisationId is { } signedIn && signedIn != organisationId)
        {
            throw new InvalidOperationException("This context belongs to another organisation's request.");
        }
        scopedOrganisationId = organisationId;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RoleMapperDbContext).Assembly);
        var owned = modelBuilder.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && typeof(IOrganisationOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.ClrType)
            .ToList();
        var configure = typeof(RoleMapperDbContext).GetMethod(nameof(ConfigureOrganisationOwned),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var type in owned)
        {
            configure.MakeGenericMethod(type).Invoke(this, [modelBuilder]);
        }
    }

    /// <summary>
    /// The tenancy rule, once for every council-owned entity. With no current organisation the filter is false for
    /// every row: forgetting to set one shows nothing rather than everything.
    /// </summary>
    private void ConfigureOrganisationOwned<T>(ModelBuilder modelBuilder) where T : class, IOrganisationOwned
    {
        var entity = modelBuilder.Entity<T>();
        entity.HasOne<Organisation>().WithMany().HasForeignKey(nameof(IOrganisationOwned.OrganisationId)).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(nameof(IOrganisationOwned.OrganisationId));
        entity.HasQueryFilter(OrganisationFilter, e => CurrentOrganisationId != null && e.OrganisationId == CurrentOrganisationId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CheckOrganisationOfChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CheckOrganisationOfChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>New council records get the current organisation; writing another council's records is a bug, so it throws.</summary>
    private void CheckOrganisationOfChanges()
    {
        foreach (var entry in ChangeTracker.Entries<IOrganisationOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.OrganisationId == 0 && CurrentOrganisationId is { } current)
            {
                entry.Entity.OrganisationId = current;
            }
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.OrganisationId != CurrentOrganisationId)
            {
                throw new InvalidOperationException(
                    $"A {entry.Metadata.ClrType.Name} of organisation {entry.Entity.OrganisationId} cannot be saved for organisation {CurrentOrganisationId?.ToString() ?? "(none)"}.");
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and safe when members are added.
        configurationBuilder.Properties<StandardStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ImportOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrganisationType>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<EnglishRegion>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CouncilRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MappingStatus>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<Confidence>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<RoleStandardKind>().HaveConversion<string>().HaveMaxLength(12);
        configurationBuilder.Properties<RoleDecisionKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<GapPriority>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<GapStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PathwaySubject>().HaveConversion<string>().HaveMaxLength(16);
        // All instants are UTC; SQLite forgets DateTime.Kind, PostgreSQL insists on it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
