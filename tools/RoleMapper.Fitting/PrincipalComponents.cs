using System.Numerics.Tensors;

namespace RoleMapper.Fitting;

/// <summary>
/// Projects vectors onto their first principal components (centred), as Model2Vec does with its static vectors: the
/// cosines the matcher computes per title cost a third as much at 128 dimensions as at 384, and the first components
/// carry most of what tells words apart (the rest is largely what all words share). Block power iteration on the
/// covariance matrix, with a fixed start, so the same words always give the same table.
/// </summary>
internal static class PrincipalComponents
{
    public static List<float[]> Project(IReadOnlyList<float[]> vectors, int dimensions, out double explained)
    {
        var n = vectors[0].Length;
        var mean = new double[n];
        foreach (var v in vectors)
        {
            for (var i = 0; i < n; i++)
            {
                mean[i] += v[i] / vectors.Count;
            }
        }
        var covariance = new double[n, n];
        var centred = new double[n];
        foreach (var v in vectors)
        {
            for (var i = 0; i < n; i++)
            {
                centred[i] = v[i] - mean[i];
            }
            for (var i = 0; i < n; i++)
            {
                for (var j = i; j < n; j++)
                {
                    covariance[i, j] += centred[i] * centred[j];
                }
            }
        }
        var trace = 0.0;
        for (var i = 0; i < n; i++)
        {
            trace += covariance[i, i];
            for (var j = 0; j < i; j++)
            {
                covariance[i, j] = covariance[j, i];
            }
        }
        var basis = new double[dimensions][];
        var random = new Random(1);
        for (var c = 0; c < dimensions; c++)
        {
            basis[c] = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
        }
        for (var iteration = 0; iteration < 60; iteration++)
        {
            for (var c = 0; c < dimensions; c++)
            {
                var next = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < n; j++)
                    {
                        sum += covariance[i, j] * basis[c][j];
                    }
                    next[i] = sum;
                }
                basis[c] = next;
            }
            Orthonormalise(basis);
        }
        var captured = 0.0;
        foreach (var b in basis)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    sum += covariance[i, j] * b[j];
                }
                captured += b[i] * sum;
            }
        }
        explained = captured / trace;
        return vectors.Select(v =>
        {
            var projected = new float[dimensions];
            for (var c = 0; c < dimensions; c++)
            {
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += (v[i] - mean[i]) * basis[c][i];
                }
                projected[c] = (float)sum;
            }
            return projected;
        }).ToList();
    }

    private static void Orthonormalise(double[][] basis)
    {
        for (var c = 0; c < basis.Length; c++)
        {
            for (var d = 0; d < c; d++)
            {
                var dot = TensorPrimitives.Dot<double>(basis[c], basis[d]);
                for (var i = 0; i < basis[c].Length; i++)
                {
                    basis[c][i] -= dot * basis[d][i];
                }
            }
            var norm = Math.Sqrt(TensorPrimitives.Dot<double>(basis[c], basis[c]));
            for (var i = 0; i < basis[c].Length; i++)
            {
                basis[c][i] /= norm;
            }
        }
    }
}
