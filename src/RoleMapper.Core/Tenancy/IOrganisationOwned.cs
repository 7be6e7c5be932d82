namespace RoleMapper.Core.Tenancy;

/// <summary>
/// A record that belongs to one council. Implementing this is all a new entity needs: <see cref="Data.RoleMapperDbContext"/>
/// then gives it a foreign key to <see cref="Accounts.Organisation"/>, an index, and the organisation query filter, and
/// refuses to save it for any other organisation than the current one. Do not add an <c>Organisation</c> navigation:
/// the relationship is made once, by the context.
/// </summary>
public interface IOrganisationOwned
{
    int OrganisationId { get; set; }
}
