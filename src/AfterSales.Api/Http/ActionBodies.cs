namespace AfterSales.Api.Http;

/// <summary>The body of an action endpoint (<c>POST /{resource}/{id}/{action}</c>), which some actions do without.</summary>
internal static class ActionBodies
{
    /// <summary>Actions without fields (start, submit) may be posted without a body; the others need theirs.</summary>
    public static TAction OrEmpty<TAction>(this TAction? body)
        where TAction : class =>
        body ?? (typeof(TAction).GetConstructor(Type.EmptyTypes) is { } parameterless
            ? (TAction)parameterless.Invoke(null)
            : throw new BadHttpRequestException("A JSON body is required for this action."));
}
