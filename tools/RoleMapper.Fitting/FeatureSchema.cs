using Microsoft.ML;
using Microsoft.ML.Data;

namespace RoleMapper.Fitting;

/// <summary>ML.NET's schema for rows whose <c>Features</c> property is a vector of a size known only at run time.</summary>
internal static class FeatureSchema
{
    public static IDataView Load<T>(MLContext ml, IEnumerable<T> rows, int dimensions, Action<SchemaDefinition>? more = null)
        where T : class
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        more?.Invoke(schema);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
