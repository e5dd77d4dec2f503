using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Common.Patching;

/// <summary>
/// A JSON merge patch document (RFC 7396) read into typed members: a member absent from the document leaves its field
/// as it is, a member present (even as null) changes it. Its plain nullable properties cannot tell "absent" from "null",
/// so the serializer also notes, in <see cref="Named"/>, each member it read (<see cref="NoteNamedMembers"/>).
/// </summary>
public abstract record MergePatch
{
    private readonly HashSet<string> named = new(StringComparer.Ordinal);

    /// <summary>The properties (by their C# names) the document named.</summary>
    [JsonIgnore]
    public IReadOnlySet<string> Named => named;

    /// <summary>
    /// A serializer contract modifier: every property of a merge patch also records that it was read. Runs once per
    /// type, when the serializer builds the type's contract, so reading a request costs one set insertion per member.
    /// </summary>
    public static void NoteNamedMembers(JsonTypeInfo type)
    {
        if (!typeof(MergePatch).IsAssignableFrom(type.Type))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (property.Set is not { } set)
            {
                continue;
            }

            var name = (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;
            property.Set = (patch, value) =>
            {
                set(patch, value);
                ((MergePatch)patch).named.Add(name);
            };
        }
    }

    /// <summary>The change the document asks for in one field, or null where it did not name the field.</summary>
    protected Change<T>? ChangeOf<T>(string property, T value) => named.Contains(property) ? new Change<T>(value) : null;

    /// <summary>Whether the document named the property: validators check a named field's value, present or not.</summary>
    public bool Names(string property) => named.Contains(property);
}
