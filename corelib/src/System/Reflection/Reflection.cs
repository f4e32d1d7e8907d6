using System.Runtime.CompilerServices;

namespace System.Reflection
{
    [Flags]
    public enum MemberTypes { Constructor = 1, Event = 2, Field = 4, Method = 8, Property = 16, TypeInfo = 32, Custom = 64, NestedType = 128, All = 191 }

    [Flags]
    public enum TypeAttributes
    {
        NotPublic = 0, AutoLayout = 0, AnsiClass = 0, Class = 0, Public = 1, NestedPublic = 2, NestedPrivate = 3, NestedFamily = 4,
        NestedAssembly = 5, NestedFamANDAssem = 6, NestedFamORAssem = 7, VisibilityMask = 7, SequentialLayout = 8, ExplicitLayout = 16,
        LayoutMask = 24, Interface = 32, ClassSemanticsMask = 32, Abstract = 128, Sealed = 256, SpecialName = 1024, RTSpecialName = 2048,
        Import = 4096, Serializable = 8192, WindowsRuntime = 16384, UnicodeClass = 65536, AutoClass = 131072, CustomFormatClass = 196608,
        StringFormatMask = 196608, HasSecurity = 262144, ReservedMask = 264192, BeforeFieldInit = 1048576, CustomFormatMask = 12582912,
    }
    [Flags]
    public enum BindingFlags
    {
        Default = 0, IgnoreCase = 1, DeclaredOnly = 2, Instance = 4, Static = 8, Public = 16, NonPublic = 32, FlattenHierarchy = 64,
        InvokeMethod = 256, CreateInstance = 512, GetField = 1024, SetField = 2048, GetProperty = 4096, SetProperty = 8192,
    }
    [Flags]
    public enum FieldAttributes { Static = 16, InitOnly = 32, Literal = 64, Public = 6, Private = 1, FieldAccessMask = 7 }
    [Flags]
    public enum MethodAttributes { Static = 16, Public = 6, Private = 1, Virtual = 64, Abstract = 1024, MemberAccessMask = 7 }

    public abstract class MemberInfo
    {
        protected MemberInfo() { }
        public abstract string Name { get; }
        public abstract Type DeclaringType { get; }
        public virtual Type ReflectedType => DeclaringType;
        public abstract MemberTypes MemberType { get; }
        public virtual object[] GetCustomAttributes(bool inherit) => new object[0];
        public virtual bool IsDefined(Type attributeType, bool inherit) => false;
    }

    public abstract class MethodBase : MemberInfo
    {
        public abstract MethodAttributes Attributes { get; }
        public bool IsStatic => (Attributes & MethodAttributes.Static) != 0;
        public bool IsPublic => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public;
        public bool IsVirtual => (Attributes & MethodAttributes.Virtual) != 0;
        public bool IsAbstract => (Attributes & MethodAttributes.Abstract) != 0;
        public virtual object Invoke(object obj, object[] parameters) => throw new NotSupportedException();
    }

    public abstract class MethodInfo : MethodBase
    {
        public override MemberTypes MemberType => MemberTypes.Method;
        public abstract Type ReturnType { get; }
        public override string ToString() => (ReturnType == null ? "Void" : ReturnType.Name) + " " + Name + "()";
    }

    public abstract class ConstructorInfo : MethodBase
    {
        public override MemberTypes MemberType => MemberTypes.Constructor;
    }

    internal sealed class RuntimeMethodInfo : MethodInfo
    {
        internal readonly IntPtr _id;
        internal RuntimeMethodInfo(IntPtr id) { _id = id; }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string GetMethodName(IntPtr id);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr GetMethodInfo(IntPtr id, int which);
        public override string Name => GetMethodName(_id);
        public override Type DeclaringType => Type.GetTypeFromHandle(new RuntimeTypeHandle(GetMethodInfo(_id, 0)));
        public override Type ReturnType { get { IntPtr p = GetMethodInfo(_id, 1); return p == IntPtr.Zero ? typeof(void) : Type.GetTypeFromHandle(new RuntimeTypeHandle(p)); } }
        public override MethodAttributes Attributes => (MethodAttributes)(int)GetMethodInfo(_id, 2);
        public override bool Equals(object obj) => obj is RuntimeMethodInfo m && m._id == _id;
        public override int GetHashCode() => (int)_id;
    }

    public abstract class FieldInfo : MemberInfo
    {
        public override MemberTypes MemberType => MemberTypes.Field;
        public abstract FieldAttributes Attributes { get; }
        public abstract Type FieldType { get; }
        public bool IsStatic => (Attributes & FieldAttributes.Static) != 0;
        public bool IsLiteral => (Attributes & FieldAttributes.Literal) != 0;
        public bool IsInitOnly => (Attributes & FieldAttributes.InitOnly) != 0;
        public bool IsPublic => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public;
        public bool IsPrivate => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Private;
        public override string ToString() => FieldType.Name + " " + Name;
    }

    internal sealed class RuntimeFieldInfo : FieldInfo
    {
        private readonly Type _declaring; private readonly string _name; private readonly int _attrs; private readonly Type _type;
        internal RuntimeFieldInfo(Type declaring, string name, int attrs, Type type) { _declaring = declaring; _name = name; _attrs = attrs; _type = type; }
        public override string Name => _name;
        public override Type DeclaringType => _declaring;
        public override FieldAttributes Attributes => (FieldAttributes)_attrs;
        public override Type FieldType => _type;
    }

    public abstract class PropertyInfo : MemberInfo
    {
        public override MemberTypes MemberType => MemberTypes.Property;
        public abstract bool CanRead { get; }
        public abstract bool CanWrite { get; }
        public abstract Type PropertyType { get; }
        public override string ToString() => PropertyType.Name + " " + Name;
    }

    internal sealed class RuntimePropertyInfo : PropertyInfo
    {
        private readonly Type _declaring; private readonly string _name; private readonly bool _canRead, _canWrite; private readonly Type _type;
        internal RuntimePropertyInfo(Type declaring, string name, bool canRead, bool canWrite, Type type) { _declaring = declaring; _name = name; _canRead = canRead; _canWrite = canWrite; _type = type; }
        public override string Name => _name;
        public override Type DeclaringType => _declaring;
        public override bool CanRead => _canRead;
        public override bool CanWrite => _canWrite;
        public override Type PropertyType => _type;
    }

    public abstract class Assembly
    {
        public virtual string FullName => null;
        public static Assembly GetExecutingAssembly() => null;
        public static Assembly GetEntryAssembly() => null;
    }

    public sealed class TargetParameterCountException : Exception
    {
        public TargetParameterCountException() : base("Number of parameters specified does not match the expected number.") { HResult = unchecked((int)0x8002000E); }
        public TargetParameterCountException(string message) : base(message) { HResult = unchecked((int)0x8002000E); }
        public TargetParameterCountException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x8002000E); }
    }

    public class TargetInvocationException : Exception
    {
        public TargetInvocationException(Exception inner) : base("Exception has been thrown by the target of an invocation.", inner) { HResult = unchecked((int)0x80131604); }
        public TargetInvocationException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131604); }
    }

    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyTitleAttribute : Attribute { public AssemblyTitleAttribute(string title) { } }
    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyVersionAttribute : Attribute { public AssemblyVersionAttribute(string version) { } }
    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyFileVersionAttribute : Attribute { public AssemblyFileVersionAttribute(string version) { } }
    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyInformationalVersionAttribute : Attribute { public AssemblyInformationalVersionAttribute(string version) { } }
    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyConfigurationAttribute : Attribute { public AssemblyConfigurationAttribute(string c) { } }
    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyCompanyAttribute : Attribute { public AssemblyCompanyAttribute(string c) { } }
    [AttributeUsage(AttributeTargets.Assembly)] public sealed class AssemblyProductAttribute : Attribute { public AssemblyProductAttribute(string c) { } }
}
