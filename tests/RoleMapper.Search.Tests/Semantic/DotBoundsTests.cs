using System.Numerics.Tensors;
using System.Runtime.Intrinsics.X86;
using RoleMapper.Search.Semantic;

namespace RoleMapper.Search.Tests.Semantic;

/// <summary>
/// The neighbour loops skip a row whose bound cannot beat the last one kept, so a bound below the row's real dot
/// product would silently change the neighbours. Checked on random unit vectors and on near-duplicates of the query,
/// where the bound is tightest.
/// </summary>
public sealed class DotBoundsTests
{
    private const int Dimensions = 384;

    private static float[] Unit(Random random, float[]? near = null, float spread = 1)
    {
        var v = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            v[d] = (near?[d] ?? 0) + spread * (float)(random.NextDouble() * 2 - 1);
        }
        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    [Fact]
    public void EveryBound_IsAtLeastTheDotProductAsComputed()
    {
        var random = new Random(20261206);
        var query = Unit(random);
        // Rows far from the query, close to it, and the query itself; and a zero row (a name with no vector).
        var rows = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? Unit(random) : Unit(random, query, i % 3 == 1 ? 0.05f : 0.005f))
            .Append(query).Append(new float[Dimensions]).ToList();
        var packed = rows.SelectMany(r => r).ToArray();
        var bounds = new DotBounds(packed, Dimensions);
        var upper = new float[rows.Count];

        var computed = bounds.TryUpperBounds(query, upper);

        Assert.Equal(Avx512F.IsSupported, computed);
        if (!computed)
        {
            // Without AVX-512 the callers compute every row: nothing may be written.
            Assert.All(upper, u => Assert.Equal(0, u));
            return;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var exact = TensorPrimitives.Dot(packed.AsSpan(r * Dimensions, Dimensions), query);
            Assert.True(upper[r] >= exact, $"row {r}: bound {upper[r]} below its dot product {exact}");
            // Loose enough to be safe, tight enough to skip: far from 1 for rows far from the query.
            Assert.True(upper[r] - exact < 0.05f, $"row {r}: bound {upper[r]} is {upper[r] - exact} above {exact}");
        }
    }
}
