// The corelib's own identity: .NET 10's System.Private.CoreLib is version 10.0.0.0, and type names
// qualified by assembly (Type.AssemblyQualifiedName, generic FullName) show it.
[assembly: System.Reflection.AssemblyVersion("10.0.0.0")]
