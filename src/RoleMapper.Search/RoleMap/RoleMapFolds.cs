using RoleMapper.Core.RoleMap;
using System.Security.Cryptography;
using System.Text;

namespace RoleMapper.Search.RoleMap;

/// <summary>
/// Splits the sector role map's roles into k folds for cross-validation, the same way every time: by a hash of each
/// role's id, so a role keeps its fold when others are added, and every name of a role (title and aliases) is in the
/// fold of its role. While a fold is matched its roles are held out of the map (<see cref="StandardMatcher"/>).
/// </summary>
public static class RoleMapFolds
{
    public static IReadOnlyList<IReadOnlyList<MappedRole>> Split(IReadOnlyList<MappedRole> roles, int k)
    {
        if (k < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "Cross-validation needs at least 2 folds.");
        }
        var ordered = roles.OrderBy(r => Hash(r.Id), StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        return Enumerable.Range(0, k).Select(f => (IReadOnlyList<MappedRole>)ordered.Where((_, i) => i % k == f).ToList()).ToList();
    }

    private static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
