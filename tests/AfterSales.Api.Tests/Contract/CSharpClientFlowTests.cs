using System.Globalization;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Client;
using Roles = AfterSales.Application.Security.Roles;

namespace AfterSales.Api.Tests.Contract;

/// <summary>The sample an integrator starts from, run with the generated C# client against the real API and database.</summary>
public sealed class CSharpClientFlowTests : ApiTest
{
    [Test]
    public async Task The_generated_client_registers_a_customer_and_a_work_order_assigns_it_and_reads_its_clocks()
    {
        var technicianId = (await HireTechnician())["id"]!.GetValue<Guid>();
        var client = new AfterSalesClient(await As(Roles.Dispatcher));

        var (_, order) = await RegisterRepairRequest(client);
        var assigned = await client.AssignWorkOrderAsync(order.Id, ETagOf(order.Version), idempotency_Key: "sample-assign-1", new AssignWorkOrder { TechnicianId = technicianId });
        var clocks = await client.GetWorkOrderSlaAsync(order.Id);

        Assert.Multiple(() =>
        {
            Assert.That(order.ServiceType, Is.EqualTo(ServiceType.Warranty), "under warranty (CU-2)");
            Assert.That(assigned.Status, Is.EqualTo(WorkOrderStatus.Assigned));
            Assert.That(assigned.TechnicianId, Is.EqualTo(technicianId));
            Assert.That(assigned.Version, Is.GreaterThan(order.Version));
            Assert.That(clocks.Select(clock => clock.Clock), Is.EqualTo(new[] { "dispatch", "contact", "plan", "arrival", "resolution", "followUp" }));
            Assert.That(clocks.Single(clock => clock.Clock == "dispatch").State, Is.EqualTo(SlaState.Met));
        });
    }

    [Test]
    public async Task The_generated_client_surfaces_a_stale_if_match_as_a_typed_412_problem()
    {
        var client = new AfterSalesClient(await As(Roles.Dispatcher));
        var (_, order) = await RegisterRepairRequest(client);

        var refusal = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() =>
            client.CancelWorkOrderAsync(order.Id, ETagOf(order.Version + 1), idempotency_Key: null, new CancelWorkOrder { Reason = "Customer withdrew." }));

        Assert.That(refusal!.StatusCode, Is.EqualTo(412));
        Assert.That(refusal.Result.Status, Is.EqualTo(412));
        Assert.That(refusal.Result.Title, Is.EqualTo("The resource has changed."));
    }

    [Test]
    public async Task The_generated_client_reads_an_order_with_no_method_yet_and_numbered_and_cursor_pages()
    {
        var client = new AfterSalesClient(await As(Roles.Dispatcher));
        var (customer, registered) = await RegisterRepairRequest(client);
        await client.RegisterWorkOrderAsync(idempotency_Key: null, new RegisterWorkOrder
        {
            CustomerId = customer.Id,
            EquipmentId = customer.Equipment.Single().Id,
            ProblemDescription = "The pressure gauge reads zero.",
            Priority = Priority.Normal,
            Channel = Channel.Email,
        });

        var order = await client.GetWorkOrderAsync(registered.Id, if_None_Match: null);
        var numbered = await client.ListWorkOrdersAsync(status: null, technicianId: null, slaState: null, from: null, to: null, customerId: null, zone: null, priority: null, team: null, numberPrefix: null, cursor: null, page: 1, pageSize: 1);
        var cursor = await client.ListWorkOrdersAsync(status: null, technicianId: null, slaState: null, from: null, to: null, customerId: null, zone: null, priority: null, team: null, numberPrefix: null, cursor: string.Empty, page: null, pageSize: 1);

        Assert.Multiple(() =>
        {
            Assert.That(order.Method, Is.Null, "no resolution method is chosen before the order is assigned (WO-4)");
            Assert.That(order.Appointment, Is.Null);
            Assert.That(numbered.Items.Single().Method, Is.Null);
            Assert.That(numbered.Page, Is.EqualTo(1));
            Assert.That(numbered.TotalCount, Is.EqualTo(2));
            Assert.That(numbered.NextCursor, Is.Null, "a numbered page has no cursor");
            Assert.That(cursor.Items, Has.Count.EqualTo(1));
            Assert.That(cursor.NextCursor, Is.Not.Null.And.Not.Empty);
            Assert.That(cursor.Page, Is.Null, "a cursor page neither numbers nor counts");
            Assert.That(cursor.TotalCount, Is.Null);
        });
    }

    /// <summary>
    /// The field app's loop: the first sync gives the day's orders and a token; after a change, the same call with
    /// the token gives only what changed. An order it holds is re-read only when its ETag moved (304 otherwise).
    /// </summary>
    [Test]
    public async Task The_generated_client_syncs_a_technicians_day_and_then_only_what_changed()
    {
        var technicianId = (await HireTechnician())["id"]!.GetValue<Guid>();
        var dispatcher = new AfterSalesClient(await As(Roles.Dispatcher));
        var (_, registered) = await RegisterRepairRequest(dispatcher);
        var assigned = await dispatcher.AssignWorkOrderAsync(registered.Id, ETagOf(registered.Version), idempotency_Key: null, new AssignWorkOrder { TechnicianId = technicianId });
        var app = new AfterSalesClient(await AsLinked("sample.technician", technicianId, Roles.Technician));

        var day = await app.GetChangesAsync(since: null);
        var unchanged = await Assert.ThrowsAsync<ApiException>(() => app.GetWorkOrderAsync(assigned.Id, if_None_Match: ETagOf(assigned.Version)));
        await app.ChooseMethodAsync(assigned.Id, ETagOf(assigned.Version), idempotency_Key: "sample-plan-1", new ChooseMethod { Method = ResolutionMethod.OnSite, CustomerAdvisedOnFitting = false });
        var delta = await app.GetChangesAsync(since: day.NextToken);
        var nothingNew = await app.GetChangesAsync(since: delta.NextToken);

        Assert.Multiple(() =>
        {
            Assert.That(day.WorkOrders.Select(order => order.Id), Is.EqualTo(new[] { assigned.Id }));
            Assert.That(unchanged!.StatusCode, Is.EqualTo(304), "the copy the app holds is current");
            Assert.That(delta.WorkOrders.Single().Method, Is.EqualTo(ResolutionMethod.OnSite));
            Assert.That(delta.Tombstones, Is.Empty);
            Assert.That(nothingNew.WorkOrders, Is.Empty);
        });
    }

    [Test]
    public async Task The_generated_client_uploads_a_photo_in_chunks_resumes_after_a_cut_and_attaches_it()
    {
        var technicianId = (await HireTechnician())["id"]!.GetValue<Guid>();
        var dispatcher = new AfterSalesClient(await As(Roles.Dispatcher));
        var (_, registered) = await RegisterRepairRequest(dispatcher);
        var order = await dispatcher.AssignWorkOrderAsync(registered.Id, ETagOf(registered.Version), idempotency_Key: null, new AssignWorkOrder { TechnicianId = technicianId });
        var client = new AfterSalesClient(await AsLinked("sample.technician", technicianId, Roles.Technician));
        var photo = SampleFiles.Jpeg(300_000);

        // Start with what the file will be, send the first chunk, and lose the connection.
        var upload = await client.StartUploadAsync(idempotency_Key: null, new StartUpload
        {
            FileName = "compressor.jpg",
            ContentType = "image/jpeg",
            Length = photo.Length,
            Sha256 = SampleFiles.Sha256Of(photo),
        });
        await client.SendChunkAsync(upload.Id, photo, 0, 128 * 1024);

        // Back online: ask where the server is, send the rest from there in chunks, attach the file as a photo.
        var resumeFrom = (await client.GetUploadAsync(upload.Id)).ReceivedBytes;
        var progress = upload;
        for (var first = resumeFrom; first < photo.Length; first = progress.ReceivedBytes)
        {
            progress = await client.SendChunkAsync(upload.Id, photo, first, (int)Math.Min(128 * 1024, photo.Length - first));
        }

        var attached = await client.AddPhotoAsync(order.Id, ETagOf(order.Version), idempotency_Key: "sample-photo-1", new AddPhoto { FileId = upload.Id, Caption = "Compressor nameplate" });
        using var download = await client.DownloadFileAsync(upload.Id);
        using var bytes = new MemoryStream();
        await download.Stream.CopyToAsync(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(resumeFrom, Is.EqualTo(128 * 1024));
            Assert.That(progress.Status, Is.EqualTo(FileUploadStatus.Completed));
            Assert.That(progress.ContentType, Is.EqualTo("image/jpeg"));
            Assert.That(attached.Photos.Single().FileId, Is.EqualTo(upload.Id));
            Assert.That(SampleFiles.Sha256Of(bytes.ToArray()), Is.EqualTo(SampleFiles.Sha256Of(photo)));
        });
    }

    private static async Task<(CustomerResponse Customer, WorkOrderResponse Order)> RegisterRepairRequest(AfterSalesClient client)
    {
        var customer = await client.RegisterCustomerAsync(idempotency_Key: null, new RegisterCustomer
        {
            Name = "Shanghai Precision Parts Co.",
            Phone = "02161234567",
            Address = "88 Zhangjiang Road, Pudong",
            Zone = Zone.Urban,
            Equipment = [new EquipmentDetails { Model = "HX-200", SerialNumber = "HX200-0117", PurchaseDate = new DateOnly(2026, 1, 15), WarrantyEndsOn = new DateOnly(2028, 1, 15) }],
        });
        var order = await client.RegisterWorkOrderAsync(idempotency_Key: null, new RegisterWorkOrder
        {
            CustomerId = customer.Id,
            EquipmentId = customer.Equipment.Single().Id,
            ProblemDescription = "The compressor stops after ten minutes and shows E4.",
            Priority = Priority.Urgent,
            Channel = Channel.Phone,
        });
        return (customer, order);
    }

    /// <summary>A resource's ETag is its version as a strong tag; the client reads the version from the body.</summary>
    private static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
