using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace FaultDrill;

/// <summary>An acknowledged create: the API answered 201 with this order.</summary>
internal sealed record Acknowledged(Guid Id, string Number);

/// <summary>What one drill sent and got back; written as JSON for the later check against the database.</summary>
internal sealed class Tally
{
    private readonly Lock gate = new();

    public string Scenario { get; set; } = "";

    /// <summary>The customer the drill registered its orders for; no other drill uses it.</summary>
    public Guid Customer { get; set; }

    public int Requests { get; set; }

    public int Unavailable { get; set; }

    public int UnavailableWithoutProblemJson { get; set; }

    public int OtherServerErrors { get; set; }

    /// <summary>Refused connections and resets: the API process was down or went down mid-request.</summary>
    public int TransportFailures { get; set; }

    public double SlowestMilliseconds { get; set; }

    public int AcknowledgedAfterLastFailure { get; set; }

    public List<Acknowledged> Acks { get; set; } = [];

    /// <summary>Expectations particular to the scenario that did not hold.</summary>
    public List<string> Failures { get; set; } = [];

    /// <summary>Figures particular to the scenario, shown in the summary's notes.</summary>
    public SortedDictionary<string, double> Facts { get; set; } = [];

    /// <summary>Sends one request and records its outcome; returns the parsed body of a success, otherwise null.</summary>
    public async Task<(HttpStatusCode? Status, JsonNode? Body)> SendAsync(AfterSalesApi api, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var timer = Stopwatch.StartNew();
        try
        {
            using var response = await api.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Record(response, body, timer.Elapsed);
            return (response.StatusCode, response.IsSuccessStatusCode && body.Length > 0 ? JsonNode.Parse(body) : null);
        }
        catch (HttpRequestException)
        {
            RecordTransportFailure(timer.Elapsed);
            return (null, null);
        }
    }

    public void Acknowledge(JsonNode order)
    {
        lock (gate)
        {
            Acks.Add(new Acknowledged(order["id"]!.GetValue<Guid>(), order["number"]!.GetValue<string>()));
            AcknowledgedAfterLastFailure++;
        }
    }

    public void Fail(string expectation)
    {
        lock (gate)
        {
            Failures.Add(expectation);
        }
    }

    public void Count(string fact, double by = 1)
    {
        lock (gate)
        {
            Facts[fact] = Facts.GetValueOrDefault(fact) + by;
        }
    }

    public void Max(string fact, double value)
    {
        lock (gate)
        {
            Facts[fact] = Math.Max(Facts.GetValueOrDefault(fact), value);
        }
    }

    private void Record(HttpResponseMessage response, string body, TimeSpan elapsed)
    {
        lock (gate)
        {
            Requests++;
            SlowestMilliseconds = Math.Max(SlowestMilliseconds, elapsed.TotalMilliseconds);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Unavailable++;
                AcknowledgedAfterLastFailure = 0;
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !body.Contains("\"status\":503", StringComparison.Ordinal))
                {
                    UnavailableWithoutProblemJson++;
                }
            }
            else if ((int)response.StatusCode >= 500)
            {
                OtherServerErrors++;
                AcknowledgedAfterLastFailure = 0;
                Failures.Add($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {body[..Math.Min(body.Length, 300)]}");
            }
        }
    }

    private void RecordTransportFailure(TimeSpan elapsed)
    {
        lock (gate)
        {
            Requests++;
            TransportFailures++;
            AcknowledgedAfterLastFailure = 0;
            SlowestMilliseconds = Math.Max(SlowestMilliseconds, elapsed.TotalMilliseconds);
        }
    }
}
