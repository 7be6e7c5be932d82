using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using RoleMapper.Search.Ranking;

namespace RoleMapper.Fitting;

/// <summary>
/// LightGBM LambdaRank on the same rows and folds as the logistic regression, for comparison only (--compare): the
/// issue allows either, and logistic regression is kept when it does as well, being easy to explain and to apply.
/// </summary>
internal static class RankerComparison
{
    private sealed class Input
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
        public uint Group { get; set; }
    }

    private sealed class Output
    {
        public float Score { get; set; }
    }

    /// <summary>Out-of-fold scores per example, as the logistic regression's are.</summary>
    public static Dictionary<int, List<(string Reference, double P, int Order)>> OutOfFold(TrainingSet set, Func<Row, bool> trains)
    {
        var ml = new MLContext(seed: 1);
        void Group(SchemaDefinition schema) => schema[nameof(Input.Group)].ColumnType = new KeyDataViewType(typeof(uint), (ulong)set.Examples.Count + 1);
        var result = new Dictionary<int, List<(string, double, int)>>();
        for (var f = 0; f < set.Folds; f++)
        {
            // Rows of one example must be contiguous for ranking; they are, in the order they were made.
            var train = FeatureSchema.Load(ml, set.Rows.Where(r => r.Fold != f && trains(r)).Select(ToInput), Features.Count, Group);
            var trainer = ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(Input.Label),
                FeatureColumnName = nameof(Input.Features),
                RowGroupColumnName = nameof(Input.Group),
                NumberOfIterations = 200,
                LearningRate = 0.05,
                NumberOfLeaves = 15,
                MinimumExampleCountPerLeaf = 20,
                Seed = 1,
            });
            var model = trainer.Fit(train);
            var test = set.Rows.Where(r => r.Fold == f).ToList();
            var scored = ml.Data.CreateEnumerable<Output>(model.Transform(FeatureSchema.Load(ml, test.Select(ToInput), Features.Count, Group)), reuseRowObject: false).ToList();
            for (var i = 0; i < test.Count; i++)
            {
                if (!result.TryGetValue(test[i].Example, out var list))
                {
                    result[test[i].Example] = list = [];
                }
                list.Add((test[i].Reference, scored[i].Score, test[i].Order));
            }
        }
        return result;
    }

    private static Input ToInput(Row r) => new() { Features = r.Features, Label = r.Label ? 1 : 0, Group = (uint)r.Example + 1 };
}
