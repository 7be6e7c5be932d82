using RoleMapper.Core.Data;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>
/// A map of five roles on standards the small feeds change (ST0116 1.1→1.2, ST0002 1.2→2.0, ST0108 retired) or keep
/// (ST0070), and one no standard fits; checked against the 29 May 2025 feed.
/// </summary>
public sealed class SmallRoleMap(Func<Task>? whileSeeding = null) : IRoleMapSource
{
    public static readonly IReadOnlyList<MappedRole> Roles =
    [
        new("software-developer", "Digital", "Software Developer", "Technical", ["Developer", "Web Developer"], ["ST0116"], "Builds the council's software.", "2025-05-29"),
        new("dental-technician", "Health", "Dental Technician", "Technical", [], ["ST0108"], "Makes dental appliances.", "2025-05-29"),
        new("business-administrator", "Corporate", "Business Administrator", "Administrative", ["Admin Officer"], ["ST0070"], "Office administration.", "2025-05-29"),
        new("finance-officer", "Finance", "Finance Officer", "Professional", [], ["ST0070", "ST0002"], "Administration first; accounting second.", "2025-05-29"),
        new("councillor", "Democratic Services", "Councillor", "Elected", ["Elected Member"], [], "Councillors are elected, not employees.", "2025-05-29"),
    ];

    public async Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default)
    {
        if (whileSeeding is not null)
        {
            await whileSeeding();
        }
        return Roles;
    }

    public Task<string> StampAsync(CancellationToken ct = default) => Task.FromResult("small");

    public static RoleMapDbSource SourceOn(TestDatabase database, IRoleMapSource? seed = null) =>
        new(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(), seed ?? new SmallRoleMap(), TimeProvider.System);
}
