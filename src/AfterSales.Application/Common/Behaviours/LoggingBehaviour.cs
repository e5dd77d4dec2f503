using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// Logs which message ran and how long it took. Message contents are never logged: they carry
/// customers' names and phone numbers.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            LogHandled(logger, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} handled in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, double elapsedMilliseconds);
}
