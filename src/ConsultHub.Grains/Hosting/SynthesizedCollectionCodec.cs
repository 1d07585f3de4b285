using System.Buffers;
using System.Collections;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.WireProtocol;

namespace ConsultHub.Grains.Hosting;

/// <summary>
/// Sends the read-only collections the C# compiler synthesizes for collection expressions
/// (<c>IReadOnlyList&lt;T&gt; x = [.. items]</c> holds a <c>&lt;&gt;z__ReadOnlyList&lt;T&gt;</c>) as arrays of
/// their element type. Orleans serializes a value by its runtime type: these types have no codec of
/// their own, and System.Text.Json cannot construct them, so a view holding one (the queue of an event
/// envelope) failed to reach another silo while calls inside one silo, which copy nothing, never
/// showed it. The receiver reads an array back, which implements the same read-only interfaces.
/// </summary>
public sealed class SynthesizedCollectionCodec : IGeneralizedCodec
{
    /// <summary>True for a compiler-synthesized collection type of any assembly.</summary>
    public static bool IsSynthesized(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name.StartsWith("<>z__", StringComparison.Ordinal) && ElementType(type) is not null;
    }

    /// <inheritdoc/>
    public bool IsSupportedType(Type type) => IsSynthesized(type);

    /// <inheritdoc/>
    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, object? value)
        where TBufferWriter : IBufferWriter<byte>
    {
        if (value is null)
        {
            ReferenceCodec.WriteNullReference(ref writer, fieldIdDelta);
            return;
        }
        var items = ((IEnumerable)value).Cast<object?>().ToList();
        var array = Array.CreateInstance(ElementType(value.GetType())!, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }
        writer.Session.CodecProvider.GetCodec(array.GetType()).WriteField(ref writer, fieldIdDelta, expectedType, array);
    }

    /// <inheritdoc/>
    public object ReadValue<TInput>(ref Reader<TInput> reader, Field field) =>
        throw new NotSupportedException("Synthesized collections are written as arrays, so arrays are what is read.");

    private static Type? ElementType(Type type) =>
        type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
