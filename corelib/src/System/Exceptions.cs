using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Base of all exceptions. The runtime fills _stackTrace (managed frames) when thrown.</summary>
    public class Exception
    {
        internal string _message;
        private Exception _innerException;
        internal string _stackTrace;
        private int _HResult;
        internal string _remoteStackTrace;
        private System.Collections.IDictionary _data;
        public virtual System.Collections.IDictionary Data => _data ??= new System.Collections.Hashtable();
        // The method that threw (its id + 1; 0 until thrown), set by the runtime with the stack trace.
        internal int _throwSite;
        private string _source;
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern string MethodAssemblyName(int methodId);
        // As .NET: by default the simple name of the throwing method's assembly (null until thrown).
        public virtual string Source
        {
            get { if (_source == null && _throwSite != 0) _source = MethodAssemblyName(_throwSite - 1); return _source; }
            set => _source = value;
        }
        public virtual string HelpLink { get; set; }
        public System.Reflection.MethodBase TargetSite => _throwSite == 0 ? null : new System.Reflection.RuntimeMethodInfo((IntPtr)(_throwSite - 1));
        protected Exception(object info, object context) { HResult = unchecked((int)0x80131500); }

        public Exception() { HResult = unchecked((int)0x80131500); }
        public Exception(string message) { HResult = unchecked((int)0x80131500); _message = message; }
        public Exception(string message, Exception innerException) { HResult = unchecked((int)0x80131500); _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? "Exception of type '" + GetType().ToString() + "' was thrown.";
        public Exception InnerException => _innerException;
        public virtual string StackTrace => _remoteStackTrace != null ? _remoteStackTrace + _stackTrace : _stackTrace;
        public int HResult { get => _HResult; set => _HResult = value; }
        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }
        public override string ToString()
        {
            string s = GetType().ToString();
            string m = Message;
            if (!string.IsNullOrEmpty(m)) s = s + ": " + m;
            if (_innerException != null) s = s + "\n ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string st = StackTrace;
            if (st != null) s = s + "\n" + st;
            return s;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.") { HResult = unchecked((int)0x80131501); }
        public SystemException(string message) : base(message) { HResult = unchecked((int)0x80131501); }
        public SystemException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131501); }
    }
    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.") { HResult = unchecked((int)0x80131600); }
        public ApplicationException(string message) : base(message) { HResult = unchecked((int)0x80131600); }
        public ApplicationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131600); }
    }
    public class ArgumentException : SystemException
    {
        private readonly string _paramName;
        public ArgumentException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName) : base(message) { HResult = unchecked((int)0x80070057); _paramName = paramName; }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); _paramName = paramName; }
        public virtual string ParamName => _paramName;
        public static void ThrowIfNullOrEmpty(string argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }
        public static void ThrowIfNullOrWhiteSpace(string argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (string.IsNullOrWhiteSpace(argument)) throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
        }
        public override string Message
        {
            get
            {
                string m = base.Message;
                return string.IsNullOrEmpty(_paramName) ? m : m + " (Parameter '" + _paramName + "')";
            }
        }
    }
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
        public static void ThrowIfNull(object argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null) { if (argument == null) throw new ArgumentNullException(paramName); }
        public static unsafe void ThrowIfNull(void* argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null) { if (argument == null) throw new ArgumentNullException(paramName); }
    }
    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131502); }
        private readonly object _actualValue;
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { HResult = unchecked((int)0x80131502); _actualValue = actualValue; }
        public virtual object ActualValue => _actualValue;
        public override string Message => _actualValue == null ? base.Message : base.Message + "\nActual value was " + _actualValue.ToString() + ".";
        private static void ThrowValue<T>(string paramName, T value, string rule) =>
            throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value?.ToString() + "') " + rule);
        public static void ThrowIfNegative<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : System.Numerics.INumberBase<T>
        { if (T.IsNegative(value)) ThrowValue(paramName, value, "must be a non-negative value."); }
        public static void ThrowIfNegativeOrZero<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : System.Numerics.INumberBase<T>
        { if (T.IsNegative(value) || T.IsZero(value)) ThrowValue(paramName, value, "must be a non-negative and non-zero value."); }
        public static void ThrowIfZero<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : System.Numerics.INumberBase<T>
        { if (T.IsZero(value)) ThrowValue(paramName, value, "must be a non-zero value."); }
        public static void ThrowIfGreaterThan<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) > 0) ThrowValue(paramName, value, "must be less than or equal to '" + other?.ToString() + "'."); }
        public static void ThrowIfGreaterThanOrEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) >= 0) ThrowValue(paramName, value, "must be less than '" + other?.ToString() + "'."); }
        public static void ThrowIfLessThan<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) < 0) ThrowValue(paramName, value, "must be greater than or equal to '" + other?.ToString() + "'."); }
        public static void ThrowIfLessThanOrEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) <= 0) ThrowValue(paramName, value, "must be greater than '" + other?.ToString() + "'."); }
        public static void ThrowIfEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null)
        { if (System.Collections.Generic.EqualityComparer<T>.Default.Equals(value, other)) ThrowValue(paramName, value, "must not be equal to '" + other?.ToString() + "'."); }
        public static void ThrowIfNotEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null)
        { if (!System.Collections.Generic.EqualityComparer<T>.Default.Equals(value, other)) ThrowValue(paramName, value, "must be equal to '" + other?.ToString() + "'."); }
    }
    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { HResult = unchecked((int)0x80070216); }
        public ArithmeticException(string message) : base(message) { HResult = unchecked((int)0x80070216); }
        public ArithmeticException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070216); }
    }
    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { HResult = unchecked((int)0x80020012); }
        public DivideByZeroException(string message) : base(message) { HResult = unchecked((int)0x80020012); }
        public DivideByZeroException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80020012); }
    }
    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { HResult = unchecked((int)0x80131516); }
        public OverflowException(string message) : base(message) { HResult = unchecked((int)0x80131516); }
        public OverflowException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131516); }
    }
    public sealed class NotFiniteNumberException : ArithmeticException
    {
        public NotFiniteNumberException() : base("Number encountered was not a finite quantity.") { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message) : base(message) { HResult = unchecked((int)0x80131528); }
    }
    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { HResult = unchecked((int)0x80131537); }
        public FormatException(string message) : base(message) { HResult = unchecked((int)0x80131537); }
        public FormatException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131537); }
    }
    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { HResult = unchecked((int)0x80131508); }
        public IndexOutOfRangeException(string message) : base(message) { HResult = unchecked((int)0x80131508); }
        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131508); }
    }
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { HResult = unchecked((int)0x80004002); }
        public InvalidCastException(string message) : base(message) { HResult = unchecked((int)0x80004002); }
        public InvalidCastException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004002); }
    }
    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { HResult = unchecked((int)0x80131509); }
        public InvalidOperationException(string message) : base(message) { HResult = unchecked((int)0x80131509); }
        public InvalidOperationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131509); }
    }
    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;
        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message) { HResult = unchecked((int)0x80131622); _objectName = objectName; }
        public string ObjectName => _objectName ?? "";
        public override string Message => string.IsNullOrEmpty(_objectName) ? base.Message : base.Message + "\nObject name: '" + _objectName + "'.";
        public static void ThrowIf(bool condition, object instance) { if (condition) throw new ObjectDisposedException(instance?.GetType().FullName); }
    }
    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { HResult = unchecked((int)0x80070005); }
        public UnauthorizedAccessException(string message) : base(message) { HResult = unchecked((int)0x80070005); }
        public UnauthorizedAccessException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80070005); }
    }
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { HResult = unchecked((int)0x80131515); }
        public NotSupportedException(string message) : base(message) { HResult = unchecked((int)0x80131515); }
        public NotSupportedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131515); }
    }
    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { HResult = unchecked((int)0x80131539); }
        public PlatformNotSupportedException(string message) : base(message) { HResult = unchecked((int)0x80131539); }
    }
    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { HResult = unchecked((int)0x80004001); }
        public NotImplementedException(string message) : base(message) { HResult = unchecked((int)0x80004001); }
        public NotImplementedException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80004001); }
    }
    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { HResult = unchecked((int)0x80004003); }
        public NullReferenceException(string message) : base(message) { HResult = unchecked((int)0x80004003); }
        public NullReferenceException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
    }
    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { HResult = unchecked((int)0x80131503); }
        public ArrayTypeMismatchException(string message) : base(message) { HResult = unchecked((int)0x80131503); }
    }
    public sealed class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { HResult = unchecked((int)0x8007000E); }
        public OutOfMemoryException(string message) : base(message) { HResult = unchecked((int)0x8007000E); }
    }
    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message) : base(message) { HResult = unchecked((int)0x800703E9); }
    }
    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.") { HResult = unchecked((int)0x80131517); }
        public RankException(string message) : base(message) { HResult = unchecked((int)0x80131517); }
    }
    public sealed class TypeInitializationException : SystemException
    {
        private readonly string _typeName;
        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException) { HResult = unchecked((int)0x80131534); _typeName = fullTypeName; }
        public string TypeName => _typeName ?? "";
    }
    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.") { HResult = unchecked((int)0x80131522); }
        public TypeLoadException(string message) : base(message) { HResult = unchecked((int)0x80131522); }
    }
    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.") { HResult = unchecked((int)0x8013151A); }
        public MemberAccessException(string message) : base(message) { HResult = unchecked((int)0x8013151A); }
    }
    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.") { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message) : base(message) { HResult = unchecked((int)0x80131512); }
    }
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message) : base(message) { HResult = unchecked((int)0x80131513); }
    }
    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.") { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message) : base(message) { HResult = unchecked((int)0x80131511); }
    }
    public class BadImageFormatException : SystemException
    {
        public BadImageFormatException() : base("Format of the executable (.exe) or library (.dll) is invalid.") { HResult = unchecked((int)0x8007000B); }
        public BadImageFormatException(string message) : base(message) { HResult = unchecked((int)0x8007000B); }
    }
    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { HResult = unchecked((int)0x80131505); }
        public TimeoutException(string message) : base(message) { HResult = unchecked((int)0x80131505); }
    }
}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { HResult = unchecked((int)0x80131577); }
        public KeyNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80131577); }
    }
}

namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { HResult = unchecked((int)0x80131620); }
        public IOException(string message) : base(message) { HResult = unchecked((int)0x80131620); }
        public IOException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131620); }
        public IOException(string message, int hresult) : base(message) { HResult = hresult; }
    }
    public class FileNotFoundException : IOException
    {
        public FileNotFoundException() : base("Unable to find the specified file.") { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName) : base(message) { HResult = unchecked((int)0x80070002); FileName = fileName; }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); FileName = fileName; }
        public string FileName { get; }
        public string FusionLog => null;
        public override string ToString()
        {
            // As .NET: the file name on its own line after the message, then the inner exception and the stack trace.
            string s = GetType().FullName + ": " + Message;
            if (!string.IsNullOrEmpty(FileName)) s += "\nFile name: '" + FileName + "'";
            if (InnerException != null) s += "\n ---> " + InnerException.ToString();
            string st = StackTrace;
            if (st != null) s += "\n" + st;
            return s;
        }
    }
    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070003); }
    }
    public class EndOfStreamException : IOException
    {
        public EndOfStreamException() : base("Attempted to read past the end of the stream.") { HResult = unchecked((int)0x80070026); }
        public EndOfStreamException(string message) : base(message) { HResult = unchecked((int)0x80070026); }
    }
}
