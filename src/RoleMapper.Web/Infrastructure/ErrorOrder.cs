using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// The error summary lists problems in the order the fields appear, which is the order the page model declares its
/// bound properties (derived input classes first, then the password fields they inherit). Page-wide errors come first.
/// </summary>
public static class ErrorOrder
{
    public static IReadOnlyList<(string Key, string Message)> Of(ModelStateDictionary modelState, object? pageModel)
    {
        if (modelState.ErrorCount == 0)
        {
            return [];
        }
        var order = pageModel is null ? [] : FieldKeys(pageModel.GetType()).ToList();
        return modelState
            .Where(e => e.Value?.Errors.Count > 0)
            // One message per field, as beside the field itself.
            .Select(e => (Key: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .OrderBy(e => e.Key.Length == 0 ? -1 : order.IndexOf(e.Key) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
    }

    private static IEnumerable<string> FieldKeys(Type model)
    {
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var bind = property.GetCustomAttribute<BindPropertyAttribute>();
            if (bind is null)
            {
                continue;
            }
            var name = bind.Name ?? property.Name;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string))
            {
                foreach (var inner in type.GetProperties().Select(p => p.Name))
                {
                    yield return $"{name}.{inner}";
                }
            }
            else
            {
                yield return name;
            }
        }
    }
}
