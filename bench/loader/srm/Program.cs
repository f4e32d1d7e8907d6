// The System.Reflection.Metadata side of bench/loader: the same walk as walk.ts does with
// dotnode's loader — open the image, then decode every method signature and body (header, EH
// regions, locals signature, every IL instruction with its operand) and every member-ref,
// type-spec, method-spec, stand-alone, field and property signature.
// Usage: srm-walk <file.dll> [walks]   prints one JSON line: {"ms":[...],"instructions":N,...}
using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

sealed class Sig
{
    public readonly string Kind; public readonly object? A; public readonly object? B;
    public Sig(string kind, object? a = null, object? b = null) { Kind = kind; A = a; B = b; }
}

/** Builds a small object tree per signature, as dotnode's TypeSig objects are. */
sealed class Provider : ISignatureTypeProvider<Sig, object?>
{
    public Sig GetPrimitiveType(PrimitiveTypeCode typeCode) => new Sig("prim", typeCode);
    public Sig GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte rawTypeKind) => new Sig("def", MetadataTokens.GetToken(h));
    public Sig GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte rawTypeKind) => new Sig("ref", MetadataTokens.GetToken(h));
    public Sig GetTypeFromSpecification(MetadataReader r, object? ctx, TypeSpecificationHandle h, byte rawTypeKind) => new Sig("spec", MetadataTokens.GetToken(h));
    public Sig GetSZArrayType(Sig e) => new Sig("szarray", e);
    public Sig GetArrayType(Sig e, ArrayShape shape) => new Sig("array", e, shape);
    public Sig GetByReferenceType(Sig e) => new Sig("byref", e);
    public Sig GetPointerType(Sig e) => new Sig("ptr", e);
    public Sig GetPinnedType(Sig e) => new Sig("pinned", e);
    public Sig GetGenericInstantiation(Sig g, ImmutableArray<Sig> args) => new Sig("inst", g, args);
    public Sig GetGenericTypeParameter(object? ctx, int i) => new Sig("var", i);
    public Sig GetGenericMethodParameter(object? ctx, int i) => new Sig("mvar", i);
    public Sig GetFunctionPointerType(MethodSignature<Sig> s) => new Sig("fnptr", s);
    public Sig GetModifiedType(Sig m, Sig u, bool required) => new Sig("mod", m, u);
}

static class Program
{
    // Operand sizes by opcode (Partition III); -1 = switch.
    static readonly sbyte[] OneByte = new sbyte[256];
    static readonly sbyte[] TwoByte = new sbyte[256];

    static Program()
    {
        foreach (var f in typeof(System.Reflection.Emit.OpCodes).GetFields())
        {
            var op = (System.Reflection.Emit.OpCode)f.GetValue(null)!;
            sbyte size = op.OperandType switch
            {
                System.Reflection.Emit.OperandType.InlineNone => 0,
                System.Reflection.Emit.OperandType.ShortInlineBrTarget or System.Reflection.Emit.OperandType.ShortInlineI or System.Reflection.Emit.OperandType.ShortInlineVar => 1,
                System.Reflection.Emit.OperandType.InlineVar => 2,
                System.Reflection.Emit.OperandType.InlineI8 or System.Reflection.Emit.OperandType.InlineR => 8,
                System.Reflection.Emit.OperandType.InlineSwitch => -1,
                _ => 4,
            };
            ushort v = (ushort)op.Value;
            if (op.Size == 1) OneByte[v] = size; else TwoByte[v & 0xff] = size;
        }
    }

    static long checksum;

    static (long instructions, long signatures, long bodies) Walk(string path)
    {
        long instructions = 0, signatures = 0, bodies = 0;
        var provider = new Provider();
        using var pe = new PEReader(new MemoryStream(File.ReadAllBytes(path)));
        var md = pe.GetMetadataReader();
        foreach (var h in md.MethodDefinitions)
        {
            var def = md.GetMethodDefinition(h);
            var sig = def.DecodeSignature(provider, null); signatures++;
            checksum += sig.ParameterTypes.Length;
            if (def.RelativeVirtualAddress == 0) continue;
            var body = pe.GetMethodBody(def.RelativeVirtualAddress); bodies++;
            foreach (var eh in body.ExceptionRegions) checksum += eh.HandlerOffset;
            if (!body.LocalSignature.IsNil)
            {
                var locals = md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null); signatures++;
                checksum += locals.Length;
            }
            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int b = il.ReadByte();
                int size = b == 0xfe ? TwoByte[il.ReadByte()] : OneByte[b];
                instructions++;
                switch (size)
                {
                    case 0: break;
                    case 1: checksum += il.ReadSByte(); break;
                    case 2: checksum += il.ReadUInt16(); break;
                    case 4: checksum += il.ReadInt32(); break;
                    case 8: checksum += il.ReadInt64(); break;
                    default: { int n = il.ReadInt32(); for (int i = 0; i < n; i++) checksum += il.ReadInt32(); break; }
                }
            }
        }
        foreach (var h in md.MemberReferences)
        {
            var r = md.GetMemberReference(h);
            if (r.GetKind() == MemberReferenceKind.Method) checksum += r.DecodeMethodSignature(provider, null).ParameterTypes.Length;
            else checksum += r.DecodeFieldSignature(provider, null).Kind.Length;
            signatures++;
        }
        for (int rid = 1; rid <= md.GetTableRowCount(TableIndex.TypeSpec); rid++)
        {
            checksum += md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(rid)).DecodeSignature(provider, null).Kind.Length; signatures++;
        }
        for (int rid = 1; rid <= md.GetTableRowCount(TableIndex.MethodSpec); rid++)
        {
            checksum += md.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(rid)).DecodeSignature(provider, null).Length; signatures++;
        }
        for (int rid = 1; rid <= md.GetTableRowCount(TableIndex.StandAloneSig); rid++)
        {
            var s = md.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(rid));
            if (s.GetKind() == StandaloneSignatureKind.LocalVariables) checksum += s.DecodeLocalSignature(provider, null).Length;
            else checksum += s.DecodeMethodSignature(provider, null).ParameterTypes.Length;
            signatures++;
        }
        foreach (var h in md.FieldDefinitions) { checksum += md.GetFieldDefinition(h).DecodeSignature(provider, null).Kind.Length; signatures++; }
        foreach (var h in md.PropertyDefinitions) { checksum += md.GetPropertyDefinition(h).DecodeSignature(provider, null).ParameterTypes.Length; signatures++; }
        return (instructions, signatures, bodies);
    }

    static int Main(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: srm-walk <file.dll> [walks]"); return 2; }
        int walks = args.Length > 1 ? int.Parse(args[1]) : 5;
        var ms = new double[walks];
        (long, long, long) counts = default;
        for (int i = 0; i < walks; i++)
        {
            var sw = Stopwatch.StartNew();
            counts = Walk(args[0]);
            ms[i] = sw.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine($"{{\"ms\":[{string.Join(",", Array.ConvertAll(ms, x => x.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}],\"instructions\":{counts.Item1},\"signatures\":{counts.Item2},\"bodies\":{counts.Item3},\"checksum\":{checksum}}}");
        return 0;
    }
}
