using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Sector;

/// <summary>
/// The sector's one rule for figures shown together: the national figure, one per council type and one per region, with
/// their council counts. A figure with a count is a sum (average times count), and sums can be subtracted: the national
/// average over 7 councils minus a region of 5 gives the other 2. So the rule is not only "at least
/// <see cref="SectorThreshold.SmallestGroup"/> councils behind each figure" but "no set of 1 to 4 councils whose sum
/// can be worked out from the figures shown": no complement within a partition (national minus some regions), and no
/// mix across the two (a region plus a type minus the nation, when that leaves a few councils).
/// <para>
/// It works on cells (type and region together): every group is a union of cells, and a set of councils can be worked
/// out exactly when its cells' indicator is a linear combination of the shown groups' indicators. Each cell's residual
/// after projecting onto the shown groups is computed once; a set is exposed when its cells' residuals sum to zero.
/// Sets of 1 to 4 councils are few (cells of at most 4 councils, taken at most 4 at a time), so every one is checked.
/// When one is exposed, the smallest shown group whose hiding covers it is hidden (the national figure only when no
/// group is left), and the
/// check runs again. Hiding only ever removes figures, so it ends.
/// </para>
/// </summary>
public static class SmallGroupRule
{
    private const double Tolerance = 1e-7;

    public static SectorGroups Decide(IReadOnlyList<(OrganisationType Type, EnglishRegion Region)> councils)
    {
        if (!SectorThreshold.Shows(councils.Count))
        {
            return SectorGroups.None;
        }
        var cells = councils.GroupBy(c => c).Select(g => (g.Key.Type, g.Key.Region, Size: g.Count())).ToList();
        var groups = new List<Group> { new(null, null, cells.Select(_ => true).ToArray(), councils.Count) };
        groups.AddRange(cells.Select(c => c.Type).Distinct().Select(type => Group.Of(type, null, cells, c => c.Type == type)));
        groups.AddRange(cells.Select(c => c.Region).Distinct().Select(region => Group.Of(null, region, cells, c => c.Region == region)));
        var shown = groups.Where(g => SectorThreshold.Shows(g.Size)).ToList();
        while (Exposed(cells, shown) is { } exposed)
        {
            // Smallest first, and the national figure only when no group is left: hide as little as possible, and keep
            // the headline. A group whose hiding alone covers the exposed set goes first; else the smallest, and check again.
            var groupsBySize = shown.Where(g => !g.IsNational).OrderBy(g => g.Size).ToList();
            var hide = groupsBySize.FirstOrDefault(g => !InSpan(Without(shown, g), exposed)) ?? groupsBySize.FirstOrDefault() ?? shown[0];
            shown.Remove(hide);
        }
        return new SectorGroups(
            shown.Any(g => g.IsNational),
            shown.Where(g => g.Type is not null).Select(g => g.Type!.Value).ToHashSet(),
            shown.Where(g => g.Region is not null).Select(g => g.Region!.Value).ToHashSet());
    }

    private sealed record Group(OrganisationType? Type, EnglishRegion? Region, bool[] Cells, int Size)
    {
        public bool IsNational => Type is null && Region is null;

        public static Group Of(OrganisationType? type, EnglishRegion? region,
            List<(OrganisationType Type, EnglishRegion Region, int Size)> cells, Func<(OrganisationType Type, EnglishRegion Region, int Size), bool> member)
        {
            var inside = cells.Select(member).ToArray();
            return new Group(type, region, inside, cells.Where(member).Sum(c => c.Size));
        }
    }

    private static List<Group> Without(List<Group> shown, Group hidden) => shown.Where(g => g != hidden).ToList();

    /// <summary>The cells of a set of 1 to 4 councils whose sum the shown groups give away, or null when there is none.</summary>
    private static bool[]? Exposed(List<(OrganisationType Type, EnglishRegion Region, int Size)> cells, List<Group> shown)
    {
        var residuals = Residuals(cells.Count, shown);
        var small = Enumerable.Range(0, cells.Count).Where(i => cells[i].Size < SectorThreshold.SmallestGroup).ToArray();
        var chosen = new List<int>();
        bool[]? found = null;
        void Search(int from, int size, double[] sum)
        {
            for (var k = from; k < small.Length && found is null; k++)
            {
                var i = small[k];
                if (size + cells[i].Size >= SectorThreshold.SmallestGroup)
                {
                    continue;
                }
                var next = Add(sum, residuals[i]);
                chosen.Add(i);
                if (IsZero(next))
                {
                    found = Enumerable.Range(0, cells.Count).Select(chosen.Contains).ToArray();
                }
                else
                {
                    Search(k + 1, size + cells[i].Size, next);
                }
                chosen.RemoveAt(chosen.Count - 1);
            }
        }
        Search(0, 0, new double[cells.Count]);
        return found;
    }

    private static bool InSpan(List<Group> shown, bool[] set)
    {
        var residuals = Residuals(set.Length, shown);
        var sum = new double[set.Length];
        for (var i = 0; i < set.Length; i++)
        {
            if (set[i])
            {
                sum = Add(sum, residuals[i]);
            }
        }
        return IsZero(sum);
    }

    /// <summary>What is left of each cell's indicator after removing its projection onto the shown groups' span.</summary>
    private static double[][] Residuals(int cellCount, List<Group> shown)
    {
        var basis = new List<double[]>();
        foreach (var group in shown)
        {
            var v = group.Cells.Select(c => c ? 1.0 : 0.0).ToArray();
            foreach (var b in basis)
            {
                v = Subtract(v, b, Dot(v, b));
            }
            var norm = Math.Sqrt(Dot(v, v));
            if (norm > Tolerance)
            {
                basis.Add(v.Select(x => x / norm).ToArray());
            }
        }
        return Enumerable.Range(0, cellCount).Select(i =>
        {
            var e = new double[cellCount];
            e[i] = 1;
            foreach (var b in basis)
            {
                e = Subtract(e, b, b[i]);
            }
            return e;
        }).ToArray();
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private static double[] Subtract(double[] a, double[] b, double times) => a.Zip(b, (x, y) => x - times * y).ToArray();

    private static double[] Add(double[] a, double[] b) => a.Zip(b, (x, y) => x + y).ToArray();

    private static bool IsZero(double[] v) => v.All(x => Math.Abs(x) < Tolerance);
}
