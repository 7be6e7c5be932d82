namespace RoleMapper.Core.Tenancy;

/// <summary>
/// The council whose data the current unit of work may see. The web app answers from the signed-in user's verified
/// membership; everything else (the importer, the CLI, background jobs) gets <see cref="NoCurrentOrganisation"/>,
/// so council data is invisible to it unless it asks for it explicitly.
/// </summary>
public interface ICurrentOrganisation
{
    int? OrganisationId { get; }
}

/// <summary>No council: every organisation query filter matches nothing.</summary>
public sealed class NoCurrentOrganisation : ICurrentOrganisation
{
    public static readonly NoCurrentOrganisation Instance = new();

    public int? OrganisationId => null;
}
