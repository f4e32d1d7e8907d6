namespace System.Runtime.CompilerServices
{
    public enum MethodImplOptions
    {
        Unmanaged = 4, NoInlining = 8, ForwardRef = 16, Synchronized = 32, NoOptimization = 64,
        PreserveSig = 128, AggressiveInlining = 256, AggressiveOptimization = 512, InternalCall = 4096,
    }
    [AttributeUsage(AttributeTargets.Constructor | AttributeTargets.Method)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodImplAttribute() { }
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { Value = methodImplOptions; }
        public MethodImplOptions Value { get; }
    }
    [AttributeUsage(AttributeTargets.All)] public sealed class CompilerGeneratedAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)] public sealed class ExtensionAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class IsReadOnlyAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Property)] public sealed class IndexerNameAttribute : Attribute { public IndexerNameAttribute(string indexerName) { } }
    [AttributeUsage(AttributeTargets.Struct)] public sealed class IsByRefLikeAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class IsUnmanagedAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class ScopedRefAttribute : Attribute { }
    public static class IsExternalInit { }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)] public sealed class InterpolatedStringHandlerAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
    {
        public InterpolatedStringHandlerArgumentAttribute(string argument) { }
        public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) { }
    }
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class CompilationRelaxationsAttribute : Attribute { public CompilationRelaxationsAttribute(int relaxations) { } }
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class RuntimeCompatibilityAttribute : Attribute { public RuntimeCompatibilityAttribute() { } public bool WrapNonExceptionThrows { get; set; } }
    [AttributeUsage(AttributeTargets.Module)] public sealed class RefSafetyRulesAttribute : Attribute { public RefSafetyRulesAttribute(int version) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class NullableAttribute : Attribute { public NullableAttribute(byte b) { } public NullableAttribute(byte[] b) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class NullableContextAttribute : Attribute { public NullableContextAttribute(byte b) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class NullablePublicOnlyAttribute : Attribute { public NullablePublicOnlyAttribute(bool b) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class AsyncStateMachineAttribute : Attribute { public AsyncStateMachineAttribute(Type t) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class IteratorStateMachineAttribute : Attribute { public IteratorStateMachineAttribute(Type t) { } }
    [AttributeUsage(AttributeTargets.Field)] public sealed class FixedBufferAttribute : Attribute { public FixedBufferAttribute(Type t, int length) { } }
    [AttributeUsage(AttributeTargets.Struct)] public sealed class InlineArrayAttribute : Attribute { public InlineArrayAttribute(int length) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class TupleElementNamesAttribute : Attribute { public TupleElementNamesAttribute(string[] names) { } }
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)] public sealed class InternalsVisibleToAttribute : Attribute { public InternalsVisibleToAttribute(string name) { } }
}

namespace System.Runtime.InteropServices
{
    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
    public sealed class StructLayoutAttribute : Attribute
    {
        public StructLayoutAttribute(LayoutKind layoutKind) { Value = layoutKind; }
        public LayoutKind Value { get; }
        public int Pack;
        public int Size;
    }
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class FieldOffsetAttribute : Attribute { public FieldOffsetAttribute(int offset) { Value = offset; } public int Value { get; } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class InAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class OutAttribute : Attribute { }
}

namespace System.Runtime.Versioning
{
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class TargetFrameworkAttribute : Attribute { public TargetFrameworkAttribute(string frameworkName) { } public string FrameworkDisplayName { get; set; } }
}
