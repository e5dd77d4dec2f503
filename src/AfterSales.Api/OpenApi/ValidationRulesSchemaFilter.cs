using System.Text.Json;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Carries a request's unconditional validation rules into its schema, read from the same FluentValidation validator
/// the pipeline runs: NotNull/NotEmpty → required (and not nullable; NotEmpty text at least one character), lengths →
/// minLength/maxLength, InclusiveBetween → minimum/maximum. Conditional rules (When, either-or fields) stay in prose.
/// </summary>
internal sealed class ValidationRulesSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } target
            || services.GetService(typeof(IValidator<>).MakeGenericType(context.Type)) is not IValidator validator)
        {
            return;
        }

        var unconditional = validator.CreateDescriptor().Rules
            .Where(rule => !rule.HasCondition && !rule.HasAsyncCondition && !IsForEach(rule)
                && rule.PropertyName is not null && !rule.PropertyName.Contains('.', StringComparison.Ordinal))
            .SelectMany(rule => rule.Components
                .Where(component => !component.HasCondition && !component.HasAsyncCondition)
                .Select(component => (Name: JsonNamingPolicy.CamelCase.ConvertName(rule.PropertyName!), component.Validator)));
        foreach (var (name, check) in unconditional)
        {
            if (target.Properties!.TryGetValue(name, out var property))
            {
                Apply(target, name, property as OpenApiSchema, check);
            }
        }
    }

    /// <summary>RuleForEach checks the items, not the property.</summary>
    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static void Apply(OpenApiSchema owner, string name, OpenApiSchema? property, IPropertyValidator check)
    {
        if (check is INotNullValidator or INotEmptyValidator)
        {
            owner.Required ??= new SortedSet<string>(StringComparer.Ordinal);
            owner.Required.Add(name);
            // A plain reference (an enum or object) carries no nullability; a typed schema drops its null.
            if (property is { Type: { } type } && type != JsonSchemaType.Null)
            {
                property.Type = type & ~JsonSchemaType.Null;
            }
        }

        if (property is null)
        {
            return;
        }

        var plainText = property.Type?.HasFlag(JsonSchemaType.String) == true && property.Format is null;
        switch (check)
        {
            case INotEmptyValidator when plainText:
                property.MinLength = Math.Max(property.MinLength ?? 0, 1);
                break;
            case ILengthValidator length when plainText:
                property.MinLength = length.Min > 0 ? length.Min : property.MinLength;
                property.MaxLength = length.Max > 0 ? length.Max : property.MaxLength;
                break;
            case IBetweenValidator { From: IConvertible from, To: IConvertible to } when property.Type?.HasFlag(JsonSchemaType.Integer) == true || property.Type?.HasFlag(JsonSchemaType.Number) == true:
                property.Minimum = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
                property.Maximum = to.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
    }
}
