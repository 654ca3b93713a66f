"""The methods of bote's dataclasses, compiled ahead of time: written by
`python -m bote.dataclasses_gen`, do not edit (see `bote.dataclasses_compiled`).

Each function below is the verbatim text `dataclasses` writes for one
method of one or more of bote's classes, and MAKERS maps that text to it."""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

#: The fingerprint (`code_fingerprint`) of the `dataclasses._create_fn` these texts were recorded from.
CREATE_FN = (b'\x97\x00|\x04\x80\x02i\x00}\x04d\x01}\x06|\x05t\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00u\x01r\x07|\x05|\x04d\x02<\x00\x00\x00d\x03}\x06d\x04\xa0\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x01\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00}\x01d\x05\xa0\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00d\x06\x84\x00|\x02D\x00\xa6\x00\x00\x00\xab\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00}\x02d\x07|\x00\x9b\x00d\x08|\x01\x9b\x00d\t|\x06\x9b\x00d\n|\x02\x9b\x00\x9d\x08}\x07d\x0b\xa0\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x04\xa0\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x00\x00\x00\xab\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00}\x08d\x0c|\x08\x9b\x00d\r|\x07\x9b\x00d\x0e|\x00\x9b\x00\x9d\x06}\x07i\x00}\tt\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x07|\x03|\t\xa6\x03\x00\x00\xab\x03\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x02\x00|\td\x0f\x19\x00\x00\x00\x00\x00\x00\x00\x00\x00d\x10i\x00|\x04\xa4\x01\x8e\x01S\x00', (None, '', '_return_type', '->_return_type', ',', '\n', (b'K\x00\x01\x00\x97\x00|\x00]\t}\x01d\x00|\x01\x9b\x00\x9d\x02V\x00\x97\x01\x01\x00\x8c\nd\x01S\x00', ('  ', None)), ' def ', '(', ')', ':\n', ', ', 'def __create_fn__(', '):\n', '\n return ', '__create_fn__', ()))

MAKERS = {}

def __create_fn__(_type_file, _type_line, _type_column, _type_end_line, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,file:_type_file,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__
MAKERS["def __create_fn__(_type_file, _type_line, _type_column, _type_end_line, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,file:_type_file,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,self.end_line,self.end_column,)==(other.file,other.line,other.column,other.end_line,other.end_column,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,self.column,self.end_line,self.end_column,)==(other.file,other.line,other.column,other.end_line,other.end_column,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line','column','end_line','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'line\',\'column\',\'end_line\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line','column','end_line','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'line\',\'column\',\'end_line\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.line,self.column,self.end_line,self.end_column,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.line,self.column,self.end_line,self.end_column,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_kind, _type_message, _type_span, _type_hint, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_notes, _return_type):
 def __init__(self,kind:_type_kind,message:_type_message,span:_type_span,hint:_type_hint=_dflt_hint,notes:_type_notes=_dflt_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
 return __init__
MAKERS["def __create_fn__(_type_kind, _type_message, _type_span, _type_hint, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_notes, _return_type):\n def __init__(self,kind:_type_kind,message:_type_message,span:_type_span,hint:_type_hint=_dflt_hint,notes:_type_notes=_dflt_notes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'hint',hint)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, message={self.message!r}, span={self.span!r}, hint={self.hint!r}, notes={self.notes!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, message={self.message!r}, span={self.span!r}, hint={self.hint!r}, notes={self.notes!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.message,self.span,self.hint,self.notes,)==(other.kind,other.message,other.span,other.hint,other.notes,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.message,self.span,self.hint,self.notes,)==(other.kind,other.message,other.span,other.hint,other.notes,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','message','span','hint','notes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'message\',\'span\',\'hint\',\'notes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','message','span','hint','notes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'message\',\'span\',\'hint\',\'notes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.message,self.span,self.hint,self.notes,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.message,self.span,self.hint,self.notes,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_value, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,text:_type_text,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_value, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value,text:_type_text,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.text,self.span,)==(other.value,other.text,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.text,self.span,)==(other.value,other.text,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','text','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'text\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','text','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'text\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.text,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.value,self.text,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_id, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_id, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,id:_type_id,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.span,)==(other.id,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.span,)==(other.id,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_component, _type_figure, _type_span, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _return_type):
 def __init__(self,component:_type_component,figure:_type_figure,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'figure',figure)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
 return __init__
MAKERS["def __create_fn__(_type_component, _type_figure, _type_span, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _return_type):\n def __init__(self,component:_type_component,figure:_type_figure,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'component',component)\n  __dataclass_builtins_object__.__setattr__(self,'figure',figure)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, figure={self.figure!r}, span={self.span!r}, flow_class={self.flow_class!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(component={self.component!r}, figure={self.figure!r}, span={self.span!r}, flow_class={self.flow_class!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.figure,self.span,self.flow_class,)==(other.component,other.figure,other.span,other.flow_class,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.component,self.figure,self.span,self.flow_class,)==(other.component,other.figure,other.span,other.flow_class,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','figure','span','flow_class',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'component\',\'figure\',\'span\',\'flow_class\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','figure','span','flow_class',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'component\',\'figure\',\'span\',\'flow_class\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.figure,self.span,self.flow_class,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.component,self.figure,self.span,self.flow_class,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_function, _type_args, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,function:_type_function,args:_type_args,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'function',function)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_function, _type_args, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,function:_type_function,args:_type_args,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'function',function)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(function={self.function!r}, args={self.args!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(function={self.function!r}, args={self.args!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.function,self.args,self.span,)==(other.function,other.args,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.function,self.args,self.span,)==(other.function,other.args,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('function','args','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'function\',\'args\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('function','args','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'function\',\'args\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.function,self.args,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.function,self.args,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_op, _type_left, _type_right, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,left:_type_left,right:_type_right,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_op, _type_left, _type_right, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,left:_type_left,right:_type_right,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.left,self.right,self.span,)==(other.op,other.left,other.right,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.left,self.right,self.span,)==(other.op,other.left,other.right,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','left','right','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','left','right','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.op,self.left,self.right,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.left,self.right,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_op, _type_operand, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,operand:_type_operand,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'operand',operand)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_op, _type_operand, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,operand:_type_operand,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'operand',operand)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, operand={self.operand!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, operand={self.operand!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.operand,self.span,)==(other.op,other.operand,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.operand,self.span,)==(other.op,other.operand,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','operand','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'operand\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','operand','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'operand\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.op,self.operand,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.operand,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_left, _type_right, _type_tolerance, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,left:_type_left,right:_type_right,tolerance:_type_tolerance,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'tolerance',tolerance)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_left, _type_right, _type_tolerance, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,left:_type_left,right:_type_right,tolerance:_type_tolerance,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n  __dataclass_builtins_object__.__setattr__(self,'tolerance',tolerance)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(left={self.left!r}, right={self.right!r}, tolerance={self.tolerance!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(left={self.left!r}, right={self.right!r}, tolerance={self.tolerance!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.left,self.right,self.tolerance,self.span,)==(other.left,other.right,other.tolerance,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.left,self.right,self.tolerance,self.span,)==(other.left,other.right,other.tolerance,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('left','right','tolerance','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'left\',\'right\',\'tolerance\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('left','right','tolerance','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'left\',\'right\',\'tolerance\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.left,self.right,self.tolerance,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.left,self.right,self.tolerance,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_expr, _type_unit, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,unit:_type_unit,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_expr, _type_unit, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,unit:_type_unit,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, unit={self.unit!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, unit={self.unit!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.unit,self.span,)==(other.expr,other.unit,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.unit,self.span,)==(other.expr,other.unit,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','unit','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'unit\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','unit','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'unit\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.expr,self.unit,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.unit,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_low, _type_high, _type_span, _type_to_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,low:_type_low,high:_type_high,span:_type_span,to_span:_type_to_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'to_span',to_span)
 return __init__
MAKERS["def __create_fn__(_type_low, _type_high, _type_span, _type_to_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,low:_type_low,high:_type_high,span:_type_span,to_span:_type_to_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'low',low)\n  __dataclass_builtins_object__.__setattr__(self,'high',high)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'to_span',to_span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, span={self.span!r}, to_span={self.to_span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, span={self.span!r}, to_span={self.to_span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.low,self.high,self.span,self.to_span,)==(other.low,other.high,other.span,other.to_span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.low,self.high,self.span,self.to_span,)==(other.low,other.high,other.span,other.to_span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('low','high','span','to_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'low\',\'high\',\'span\',\'to_span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('low','high','span','to_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'low\',\'high\',\'span\',\'to_span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.low,self.high,self.span,self.to_span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.low,self.high,self.span,self.to_span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_value, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_value, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.span,)==(other.value,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.span,)==(other.value,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.value,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_expr, _type_name_span, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_expr, _type_name_span, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.expr,self.name_span,self.span,)==(other.name,other.expr,other.name_span,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.expr,self.name_span,self.span,)==(other.name,other.expr,other.name_span,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'expr\',\'name_span\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'expr\',\'name_span\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.expr,self.name_span,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.expr,self.name_span,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_names, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,names:_type_names,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_names, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,names:_type_names,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'names',names)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(names={self.names!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(names={self.names!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.names,self.span,)==(other.names,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.names,self.span,)==(other.names,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('names','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'names\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('names','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'names\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.names,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.names,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_expr, _type_name_span, _type_span, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _return_type):
 def __init__(self,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_expr, _type_name_span, _type_span, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _return_type):\n def __init__(self,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r}, flow_class={self.flow_class!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r}, flow_class={self.flow_class!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.expr,self.name_span,self.span,self.flow_class,)==(other.name,other.expr,other.name_span,other.span,other.flow_class,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.expr,self.name_span,self.span,self.flow_class,)==(other.name,other.expr,other.name_span,other.span,other.flow_class,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','expr','name_span','span','flow_class',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'expr\',\'name_span\',\'span\',\'flow_class\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','expr','name_span','span','flow_class',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'expr\',\'name_span\',\'span\',\'flow_class\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.expr,self.name_span,self.span,self.flow_class,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.expr,self.name_span,self.span,self.flow_class,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_properties, _type_name_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,properties:_type_properties,name_span:_type_name_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'properties',properties)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_properties, _type_name_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,properties:_type_properties,name_span:_type_name_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'properties',properties)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, properties={self.properties!r}, name_span={self.name_span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, properties={self.properties!r}, name_span={self.name_span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.properties,self.name_span,)==(other.name,other.properties,other.name_span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.properties,self.name_span,)==(other.name,other.properties,other.name_span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','properties','name_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'properties\',\'name_span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','properties','name_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'properties\',\'name_span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.properties,self.name_span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.properties,self.name_span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_source, _type_target, _type_multiplier, _type_source_span, _type_target_span, _type_flow_class, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _dflt_batch, _return_type):
 def __init__(self,source:_type_source,target:_type_target,multiplier:_type_multiplier,source_span:_type_source_span,target_span:_type_target_span,flow_class:_type_flow_class=_dflt_flow_class,batch:_type_batch=_dflt_batch)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'source_span',source_span)
  __dataclass_builtins_object__.__setattr__(self,'target_span',target_span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
  __dataclass_builtins_object__.__setattr__(self,'batch',batch)
 return __init__
MAKERS["def __create_fn__(_type_source, _type_target, _type_multiplier, _type_source_span, _type_target_span, _type_flow_class, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _dflt_batch, _return_type):\n def __init__(self,source:_type_source,target:_type_target,multiplier:_type_multiplier,source_span:_type_source_span,target_span:_type_target_span,flow_class:_type_flow_class=_dflt_flow_class,batch:_type_batch=_dflt_batch)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)\n  __dataclass_builtins_object__.__setattr__(self,'source_span',source_span)\n  __dataclass_builtins_object__.__setattr__(self,'target_span',target_span)\n  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)\n  __dataclass_builtins_object__.__setattr__(self,'batch',batch)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, multiplier={self.multiplier!r}, source_span={self.source_span!r}, target_span={self.target_span!r}, flow_class={self.flow_class!r}, batch={self.batch!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, multiplier={self.multiplier!r}, source_span={self.source_span!r}, target_span={self.target_span!r}, flow_class={self.flow_class!r}, batch={self.batch!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.target,self.multiplier,self.source_span,self.target_span,self.flow_class,self.batch,)==(other.source,other.target,other.multiplier,other.source_span,other.target_span,other.flow_class,other.batch,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.target,self.multiplier,self.source_span,self.target_span,self.flow_class,self.batch,)==(other.source,other.target,other.multiplier,other.source_span,other.target_span,other.flow_class,other.batch,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','target','multiplier','source_span','target_span','flow_class','batch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'target\',\'multiplier\',\'source_span\',\'target_span\',\'flow_class\',\'batch\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','target','multiplier','source_span','target_span','flow_class','batch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'target\',\'multiplier\',\'source_span\',\'target_span\',\'flow_class\',\'batch\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.target,self.multiplier,self.source_span,self.target_span,self.flow_class,self.batch,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.target,self.multiplier,self.source_span,self.target_span,self.flow_class,self.batch,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_edges, _type_span, _type_name, _type_name_span, _type_settings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_name_span, _dflt_settings, _return_type):
 def __init__(self,edges:_type_edges,span:_type_span,name:_type_name=_dflt_name,name_span:_type_name_span=_dflt_name_span,settings:_type_settings=_dflt_settings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'edges',edges)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'settings',settings)
 return __init__
MAKERS["def __create_fn__(_type_edges, _type_span, _type_name, _type_name_span, _type_settings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_name_span, _dflt_settings, _return_type):\n def __init__(self,edges:_type_edges,span:_type_span,name:_type_name=_dflt_name,name_span:_type_name_span=_dflt_name_span,settings:_type_settings=_dflt_settings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'edges',edges)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'settings',settings)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(edges={self.edges!r}, span={self.span!r}, name={self.name!r}, name_span={self.name_span!r}, settings={self.settings!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(edges={self.edges!r}, span={self.span!r}, name={self.name!r}, name_span={self.name_span!r}, settings={self.settings!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.edges,self.span,self.name,self.name_span,self.settings,)==(other.edges,other.span,other.name,other.name_span,other.settings,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.edges,self.span,self.name,self.name_span,self.settings,)==(other.edges,other.span,other.name,other.name_span,other.settings,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('edges','span','name','name_span','settings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'edges\',\'span\',\'name\',\'name_span\',\'settings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('edges','span','name','name_span','settings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'edges\',\'span\',\'name\',\'name_span\',\'settings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.edges,self.span,self.name,self.name_span,self.settings,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.edges,self.span,self.name,self.name_span,self.settings,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_expr, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,text:_type_text,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_expr, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,text:_type_text,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, text={self.text!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, text={self.text!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.text,self.span,)==(other.expr,other.text,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.text,self.span,)==(other.expr,other.text,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','text','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'text\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','text','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'text\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.expr,self.text,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.text,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_component, _type_name, _type_expr, _type_name_span, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,component:_type_component,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_component, _type_name, _type_expr, _type_name_span, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,component:_type_component,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'component',component)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(component={self.component!r}, name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.name,self.expr,self.name_span,self.span,)==(other.component,other.name,other.expr,other.name_span,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.component,self.name,self.expr,self.name_span,self.span,)==(other.component,other.name,other.expr,other.name_span,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'component\',\'name\',\'expr\',\'name_span\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'component\',\'name\',\'expr\',\'name_span\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.name,self.expr,self.name_span,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.component,self.name,self.expr,self.name_span,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_statements, _type_name_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,statements:_type_statements,name_span:_type_name_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_statements, _type_name_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,statements:_type_statements,name_span:_type_name_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'statements',statements)\n  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, statements={self.statements!r}, name_span={self.name_span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, statements={self.statements!r}, name_span={self.name_span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.statements,self.name_span,)==(other.name,other.statements,other.name_span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.statements,self.name_span,)==(other.name,other.statements,other.name_span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','statements','name_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'statements\',\'name_span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','statements','name_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'statements\',\'name_span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.statements,self.name_span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.statements,self.name_span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_statements, _type_filename, _type_source, _type_extra, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _return_type):
 def __init__(self,statements:_type_statements,filename:_type_filename,source:_type_source,extra:_type_extra=_dflt_extra)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'extra',extra)
 return __init__
MAKERS["def __create_fn__(_type_statements, _type_filename, _type_source, _type_extra, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _return_type):\n def __init__(self,statements:_type_statements,filename:_type_filename,source:_type_source,extra:_type_extra=_dflt_extra)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'statements',statements)\n  __dataclass_builtins_object__.__setattr__(self,'filename',filename)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'extra',extra)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statements={self.statements!r}, filename={self.filename!r}, source={self.source!r}, extra={self.extra!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(statements={self.statements!r}, filename={self.filename!r}, source={self.source!r}, extra={self.extra!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statements,self.filename,self.source,self.extra,)==(other.statements,other.filename,other.source,other.extra,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.statements,self.filename,self.source,self.extra,)==(other.statements,other.filename,other.source,other.extra,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('statements','filename','source','extra',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'statements\',\'filename\',\'source\',\'extra\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('statements','filename','source','extra',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'statements\',\'filename\',\'source\',\'extra\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.statements,self.filename,self.source,self.extra,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.statements,self.filename,self.source,self.extra,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_symbol, _type_factor, _type_dims, _type_kind, _type_labels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_labels, _return_type):
 def __init__(self,name:_type_name,symbol:_type_symbol,factor:_type_factor,dims:_type_dims,kind:_type_kind,labels:_type_labels=_dflt_labels)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
  __dataclass_builtins_object__.__setattr__(self,'factor',factor)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_symbol, _type_factor, _type_dims, _type_kind, _type_labels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_labels, _return_type):\n def __init__(self,name:_type_name,symbol:_type_symbol,factor:_type_factor,dims:_type_dims,kind:_type_kind,labels:_type_labels=_dflt_labels)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)\n  __dataclass_builtins_object__.__setattr__(self,'factor',factor)\n  __dataclass_builtins_object__.__setattr__(self,'dims',dims)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, symbol={self.symbol!r}, factor={self.factor!r}, dims={self.dims!r}, kind={self.kind!r}, labels={self.labels!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, symbol={self.symbol!r}, factor={self.factor!r}, dims={self.dims!r}, kind={self.kind!r}, labels={self.labels!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.symbol,self.factor,self.dims,self.kind,self.labels,)==(other.name,other.symbol,other.factor,other.dims,other.kind,other.labels,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.symbol,self.factor,self.dims,self.kind,self.labels,)==(other.name,other.symbol,other.factor,other.dims,other.kind,other.labels,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','symbol','factor','dims','kind','labels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'symbol\',\'factor\',\'dims\',\'kind\',\'labels\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','symbol','factor','dims','kind','labels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'symbol\',\'factor\',\'dims\',\'kind\',\'labels\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.symbol,self.factor,self.dims,self.kind,self.labels,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.symbol,self.factor,self.dims,self.kind,self.labels,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_magnitude, _type_dims, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dims, _dflt_unit, _return_type):
 def __init__(self,magnitude:_type_magnitude,dims:_type_dims=_dflt_dims,unit:_type_unit=_dflt_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'magnitude',magnitude)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__
MAKERS["def __create_fn__(_type_magnitude, _type_dims, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dims, _dflt_unit, _return_type):\n def __init__(self,magnitude:_type_magnitude,dims:_type_dims=_dflt_dims,unit:_type_unit=_dflt_unit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'magnitude',magnitude)\n  __dataclass_builtins_object__.__setattr__(self,'dims',dims)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(magnitude={self.magnitude!r}, dims={self.dims!r}, unit={self.unit!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(magnitude={self.magnitude!r}, dims={self.dims!r}, unit={self.unit!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.magnitude,self.dims,self.unit,)==(other.magnitude,other.dims,other.unit,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.magnitude,self.dims,self.unit,)==(other.magnitude,other.dims,other.unit,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('magnitude','dims','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'magnitude\',\'dims\',\'unit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('magnitude','dims','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'magnitude\',\'dims\',\'unit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.magnitude,self.dims,self.unit,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.magnitude,self.dims,self.unit,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_kind, _type_key, _type_figure, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_figure, _dflt_flow_class, _return_type):
 def __init__(self,kind:_type_kind,key:_type_key=_dflt_key,figure:_type_figure=_dflt_figure,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'figure',figure)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
 return __init__
MAKERS["def __create_fn__(_type_kind, _type_key, _type_figure, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_figure, _dflt_flow_class, _return_type):\n def __init__(self,kind:_type_kind,key:_type_key=_dflt_key,figure:_type_figure=_dflt_figure,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'figure',figure)\n  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, key={self.key!r}, figure={self.figure!r}, flow_class={self.flow_class!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, key={self.key!r}, figure={self.figure!r}, flow_class={self.flow_class!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.key,self.figure,self.flow_class,)==(other.kind,other.key,other.figure,other.flow_class,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.key,self.figure,self.flow_class,)==(other.kind,other.key,other.figure,other.flow_class,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','key','figure','flow_class',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'key\',\'figure\',\'flow_class\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','key','figure','flow_class',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'key\',\'figure\',\'flow_class\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.key,self.figure,self.flow_class,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.key,self.figure,self.flow_class,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_magnitude, _type_dims, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,magnitude:_type_magnitude,dims:_type_dims,unit:_type_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'magnitude',magnitude)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__
MAKERS["def __create_fn__(_type_magnitude, _type_dims, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,magnitude:_type_magnitude,dims:_type_dims,unit:_type_unit)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'magnitude',magnitude)\n  __dataclass_builtins_object__.__setattr__(self,'dims',dims)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n return __init__"] = __create_fn__

def __create_fn__(_type_expr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
 return __init__
MAKERS["def __create_fn__(_type_expr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,)==(other.expr,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,)==(other.expr,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.expr,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_properties, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,properties:_type_properties)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'properties',properties)
 return __init__
MAKERS["def __create_fn__(_type_properties, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,properties:_type_properties)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'properties',properties)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(properties={self.properties!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(properties={self.properties!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.properties,)==(other.properties,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.properties,)==(other.properties,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('properties',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'properties\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('properties',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'properties\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.properties,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.properties,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_samples, _type_seed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_samples, _dflt_seed, _return_type):
 def __init__(self,samples:_type_samples=_dflt_samples,seed:_type_seed=_dflt_seed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'samples',samples)
  __dataclass_builtins_object__.__setattr__(self,'seed',seed)
  self.__post_init__()
 return __init__
MAKERS["def __create_fn__(_type_samples, _type_seed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_samples, _dflt_seed, _return_type):\n def __init__(self,samples:_type_samples=_dflt_samples,seed:_type_seed=_dflt_seed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'samples',samples)\n  __dataclass_builtins_object__.__setattr__(self,'seed',seed)\n  self.__post_init__()\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(samples={self.samples!r}, seed={self.seed!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(samples={self.samples!r}, seed={self.seed!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.samples,self.seed,)==(other.samples,other.seed,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.samples,self.seed,)==(other.samples,other.seed,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('samples','seed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'samples\',\'seed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('samples','seed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'samples\',\'seed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.samples,self.seed,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.samples,self.seed,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_load, _type_capacity, _type_max_utilization, _type_redundancy, _type_scaling, _type_needed_for_load, _type_needed_for_memory, _type_needed_for_storage, _type_needed_for_connections, _type_needed_for_latency, _type_needed, _type_instances, _type_provisioned, _type_utilization, _type_utilization_one_down, _type_memory_total, _type_storage_total, _type_size_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_size_at, _return_type):
 def __init__(self,load:_type_load,capacity:_type_capacity,max_utilization:_type_max_utilization,redundancy:_type_redundancy,scaling:_type_scaling,needed_for_load:_type_needed_for_load,needed_for_memory:_type_needed_for_memory,needed_for_storage:_type_needed_for_storage,needed_for_connections:_type_needed_for_connections,needed_for_latency:_type_needed_for_latency,needed:_type_needed,instances:_type_instances,provisioned:_type_provisioned,utilization:_type_utilization,utilization_one_down:_type_utilization_one_down,memory_total:_type_memory_total,storage_total:_type_storage_total,size_at:_type_size_at=_dflt_size_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'capacity',capacity)
  __dataclass_builtins_object__.__setattr__(self,'max_utilization',max_utilization)
  __dataclass_builtins_object__.__setattr__(self,'redundancy',redundancy)
  __dataclass_builtins_object__.__setattr__(self,'scaling',scaling)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_load',needed_for_load)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_memory',needed_for_memory)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_storage',needed_for_storage)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_connections',needed_for_connections)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_latency',needed_for_latency)
  __dataclass_builtins_object__.__setattr__(self,'needed',needed)
  __dataclass_builtins_object__.__setattr__(self,'instances',instances)
  __dataclass_builtins_object__.__setattr__(self,'provisioned',provisioned)
  __dataclass_builtins_object__.__setattr__(self,'utilization',utilization)
  __dataclass_builtins_object__.__setattr__(self,'utilization_one_down',utilization_one_down)
  __dataclass_builtins_object__.__setattr__(self,'memory_total',memory_total)
  __dataclass_builtins_object__.__setattr__(self,'storage_total',storage_total)
  __dataclass_builtins_object__.__setattr__(self,'size_at',size_at)
 return __init__
MAKERS["def __create_fn__(_type_load, _type_capacity, _type_max_utilization, _type_redundancy, _type_scaling, _type_needed_for_load, _type_needed_for_memory, _type_needed_for_storage, _type_needed_for_connections, _type_needed_for_latency, _type_needed, _type_instances, _type_provisioned, _type_utilization, _type_utilization_one_down, _type_memory_total, _type_storage_total, _type_size_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_size_at, _return_type):\n def __init__(self,load:_type_load,capacity:_type_capacity,max_utilization:_type_max_utilization,redundancy:_type_redundancy,scaling:_type_scaling,needed_for_load:_type_needed_for_load,needed_for_memory:_type_needed_for_memory,needed_for_storage:_type_needed_for_storage,needed_for_connections:_type_needed_for_connections,needed_for_latency:_type_needed_for_latency,needed:_type_needed,instances:_type_instances,provisioned:_type_provisioned,utilization:_type_utilization,utilization_one_down:_type_utilization_one_down,memory_total:_type_memory_total,storage_total:_type_storage_total,size_at:_type_size_at=_dflt_size_at)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'load',load)\n  __dataclass_builtins_object__.__setattr__(self,'capacity',capacity)\n  __dataclass_builtins_object__.__setattr__(self,'max_utilization',max_utilization)\n  __dataclass_builtins_object__.__setattr__(self,'redundancy',redundancy)\n  __dataclass_builtins_object__.__setattr__(self,'scaling',scaling)\n  __dataclass_builtins_object__.__setattr__(self,'needed_for_load',needed_for_load)\n  __dataclass_builtins_object__.__setattr__(self,'needed_for_memory',needed_for_memory)\n  __dataclass_builtins_object__.__setattr__(self,'needed_for_storage',needed_for_storage)\n  __dataclass_builtins_object__.__setattr__(self,'needed_for_connections',needed_for_connections)\n  __dataclass_builtins_object__.__setattr__(self,'needed_for_latency',needed_for_latency)\n  __dataclass_builtins_object__.__setattr__(self,'needed',needed)\n  __dataclass_builtins_object__.__setattr__(self,'instances',instances)\n  __dataclass_builtins_object__.__setattr__(self,'provisioned',provisioned)\n  __dataclass_builtins_object__.__setattr__(self,'utilization',utilization)\n  __dataclass_builtins_object__.__setattr__(self,'utilization_one_down',utilization_one_down)\n  __dataclass_builtins_object__.__setattr__(self,'memory_total',memory_total)\n  __dataclass_builtins_object__.__setattr__(self,'storage_total',storage_total)\n  __dataclass_builtins_object__.__setattr__(self,'size_at',size_at)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(load={self.load!r}, capacity={self.capacity!r}, max_utilization={self.max_utilization!r}, redundancy={self.redundancy!r}, scaling={self.scaling!r}, needed_for_load={self.needed_for_load!r}, needed_for_memory={self.needed_for_memory!r}, needed_for_storage={self.needed_for_storage!r}, needed_for_connections={self.needed_for_connections!r}, needed_for_latency={self.needed_for_latency!r}, needed={self.needed!r}, instances={self.instances!r}, provisioned={self.provisioned!r}, utilization={self.utilization!r}, utilization_one_down={self.utilization_one_down!r}, memory_total={self.memory_total!r}, storage_total={self.storage_total!r}, size_at={self.size_at!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(load={self.load!r}, capacity={self.capacity!r}, max_utilization={self.max_utilization!r}, redundancy={self.redundancy!r}, scaling={self.scaling!r}, needed_for_load={self.needed_for_load!r}, needed_for_memory={self.needed_for_memory!r}, needed_for_storage={self.needed_for_storage!r}, needed_for_connections={self.needed_for_connections!r}, needed_for_latency={self.needed_for_latency!r}, needed={self.needed!r}, instances={self.instances!r}, provisioned={self.provisioned!r}, utilization={self.utilization!r}, utilization_one_down={self.utilization_one_down!r}, memory_total={self.memory_total!r}, storage_total={self.storage_total!r}, size_at={self.size_at!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.load,self.capacity,self.max_utilization,self.redundancy,self.scaling,self.needed_for_load,self.needed_for_memory,self.needed_for_storage,self.needed_for_connections,self.needed_for_latency,self.needed,self.instances,self.provisioned,self.utilization,self.utilization_one_down,self.memory_total,self.storage_total,self.size_at,)==(other.load,other.capacity,other.max_utilization,other.redundancy,other.scaling,other.needed_for_load,other.needed_for_memory,other.needed_for_storage,other.needed_for_connections,other.needed_for_latency,other.needed,other.instances,other.provisioned,other.utilization,other.utilization_one_down,other.memory_total,other.storage_total,other.size_at,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.load,self.capacity,self.max_utilization,self.redundancy,self.scaling,self.needed_for_load,self.needed_for_memory,self.needed_for_storage,self.needed_for_connections,self.needed_for_latency,self.needed,self.instances,self.provisioned,self.utilization,self.utilization_one_down,self.memory_total,self.storage_total,self.size_at,)==(other.load,other.capacity,other.max_utilization,other.redundancy,other.scaling,other.needed_for_load,other.needed_for_memory,other.needed_for_storage,other.needed_for_connections,other.needed_for_latency,other.needed,other.instances,other.provisioned,other.utilization,other.utilization_one_down,other.memory_total,other.storage_total,other.size_at,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('load','capacity','max_utilization','redundancy','scaling','needed_for_load','needed_for_memory','needed_for_storage','needed_for_connections','needed_for_latency','needed','instances','provisioned','utilization','utilization_one_down','memory_total','storage_total','size_at',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'load\',\'capacity\',\'max_utilization\',\'redundancy\',\'scaling\',\'needed_for_load\',\'needed_for_memory\',\'needed_for_storage\',\'needed_for_connections\',\'needed_for_latency\',\'needed\',\'instances\',\'provisioned\',\'utilization\',\'utilization_one_down\',\'memory_total\',\'storage_total\',\'size_at\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('load','capacity','max_utilization','redundancy','scaling','needed_for_load','needed_for_memory','needed_for_storage','needed_for_connections','needed_for_latency','needed','instances','provisioned','utilization','utilization_one_down','memory_total','storage_total','size_at',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'load\',\'capacity\',\'max_utilization\',\'redundancy\',\'scaling\',\'needed_for_load\',\'needed_for_memory\',\'needed_for_storage\',\'needed_for_connections\',\'needed_for_latency\',\'needed\',\'instances\',\'provisioned\',\'utilization\',\'utilization_one_down\',\'memory_total\',\'storage_total\',\'size_at\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.load,self.capacity,self.max_utilization,self.redundancy,self.scaling,self.needed_for_load,self.needed_for_memory,self.needed_for_storage,self.needed_for_connections,self.needed_for_latency,self.needed,self.instances,self.provisioned,self.utilization,self.utilization_one_down,self.memory_total,self.storage_total,self.size_at,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.load,self.capacity,self.max_utilization,self.redundancy,self.scaling,self.needed_for_load,self.needed_for_memory,self.needed_for_storage,self.needed_for_connections,self.needed_for_latency,self.needed,self.instances,self.provisioned,self.utilization,self.utilization_one_down,self.memory_total,self.storage_total,self.size_at,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_value, _type_formula, _type_inputs, _type_span, _type_equation, _type_written, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_equation, _dflt_written, _return_type):
 def __init__(self,name:_type_name,value:_type_value,formula:_type_formula,inputs:_type_inputs,span:_type_span,equation:_type_equation=_dflt_equation,written:_type_written=_dflt_written)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'equation',equation)
  __dataclass_builtins_object__.__setattr__(self,'written',written)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_value, _type_formula, _type_inputs, _type_span, _type_equation, _type_written, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_equation, _dflt_written, _return_type):\n def __init__(self,name:_type_name,value:_type_value,formula:_type_formula,inputs:_type_inputs,span:_type_span,equation:_type_equation=_dflt_equation,written:_type_written=_dflt_written)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'formula',formula)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'equation',equation)\n  __dataclass_builtins_object__.__setattr__(self,'written',written)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, value={self.value!r}, formula={self.formula!r}, inputs={self.inputs!r}, span={self.span!r}, equation={self.equation!r}, written={self.written!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, value={self.value!r}, formula={self.formula!r}, inputs={self.inputs!r}, span={self.span!r}, equation={self.equation!r}, written={self.written!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.value,self.formula,self.inputs,self.span,self.equation,self.written,)==(other.name,other.value,other.formula,other.inputs,other.span,other.equation,other.written,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.value,self.formula,self.inputs,self.span,self.equation,self.written,)==(other.name,other.value,other.formula,other.inputs,other.span,other.equation,other.written,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','value','formula','inputs','span','equation','written',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'value\',\'formula\',\'inputs\',\'span\',\'equation\',\'written\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','value','formula','inputs','span','equation','written',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'value\',\'formula\',\'inputs\',\'span\',\'equation\',\'written\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.value,self.formula,self.inputs,self.span,self.equation,self.written,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.value,self.formula,self.inputs,self.span,self.equation,self.written,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _return_type):
 def __init__(self,figures:_type_figures=_HAS_DEFAULT_FACTORY)->_return_type:
  self.figures=_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures
 return __init__
MAKERS['def __create_fn__(_type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _return_type):\n def __init__(self,figures:_type_figures=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.figures=_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(figures={self.figures!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(figures={self.figures!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.figures,)==(other.figures,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.figures,)==(other.figures,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_wait_probability, _type_mean_wait, _type_mean_response, _type_in_flight, _type_utilization, _type_servers, _type_instance_arrival_rate, _type_service_time, _type__percentiles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__percentiles, _return_type):
 def __init__(self,wait_probability:_type_wait_probability,mean_wait:_type_mean_wait,mean_response:_type_mean_response,in_flight:_type_in_flight,utilization:_type_utilization,servers:_type_servers,instance_arrival_rate:_type_instance_arrival_rate,service_time:_type_service_time)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'wait_probability',wait_probability)
  __dataclass_builtins_object__.__setattr__(self,'mean_wait',mean_wait)
  __dataclass_builtins_object__.__setattr__(self,'mean_response',mean_response)
  __dataclass_builtins_object__.__setattr__(self,'in_flight',in_flight)
  __dataclass_builtins_object__.__setattr__(self,'utilization',utilization)
  __dataclass_builtins_object__.__setattr__(self,'servers',servers)
  __dataclass_builtins_object__.__setattr__(self,'instance_arrival_rate',instance_arrival_rate)
  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)
  __dataclass_builtins_object__.__setattr__(self,'_percentiles',_dflt__percentiles())
 return __init__
MAKERS["def __create_fn__(_type_wait_probability, _type_mean_wait, _type_mean_response, _type_in_flight, _type_utilization, _type_servers, _type_instance_arrival_rate, _type_service_time, _type__percentiles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__percentiles, _return_type):\n def __init__(self,wait_probability:_type_wait_probability,mean_wait:_type_mean_wait,mean_response:_type_mean_response,in_flight:_type_in_flight,utilization:_type_utilization,servers:_type_servers,instance_arrival_rate:_type_instance_arrival_rate,service_time:_type_service_time)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'wait_probability',wait_probability)\n  __dataclass_builtins_object__.__setattr__(self,'mean_wait',mean_wait)\n  __dataclass_builtins_object__.__setattr__(self,'mean_response',mean_response)\n  __dataclass_builtins_object__.__setattr__(self,'in_flight',in_flight)\n  __dataclass_builtins_object__.__setattr__(self,'utilization',utilization)\n  __dataclass_builtins_object__.__setattr__(self,'servers',servers)\n  __dataclass_builtins_object__.__setattr__(self,'instance_arrival_rate',instance_arrival_rate)\n  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)\n  __dataclass_builtins_object__.__setattr__(self,'_percentiles',_dflt__percentiles())\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(wait_probability={self.wait_probability!r}, mean_wait={self.mean_wait!r}, mean_response={self.mean_response!r}, in_flight={self.in_flight!r}, utilization={self.utilization!r}, servers={self.servers!r}, instance_arrival_rate={self.instance_arrival_rate!r}, service_time={self.service_time!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(wait_probability={self.wait_probability!r}, mean_wait={self.mean_wait!r}, mean_response={self.mean_response!r}, in_flight={self.in_flight!r}, utilization={self.utilization!r}, servers={self.servers!r}, instance_arrival_rate={self.instance_arrival_rate!r}, service_time={self.service_time!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.wait_probability,self.mean_wait,self.mean_response,self.in_flight,self.utilization,self.servers,self.instance_arrival_rate,self.service_time,)==(other.wait_probability,other.mean_wait,other.mean_response,other.in_flight,other.utilization,other.servers,other.instance_arrival_rate,other.service_time,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.wait_probability,self.mean_wait,self.mean_response,self.in_flight,self.utilization,self.servers,self.instance_arrival_rate,self.service_time,)==(other.wait_probability,other.mean_wait,other.mean_response,other.in_flight,other.utilization,other.servers,other.instance_arrival_rate,other.service_time,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('wait_probability','mean_wait','mean_response','in_flight','utilization','servers','instance_arrival_rate','service_time','_percentiles',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'wait_probability\',\'mean_wait\',\'mean_response\',\'in_flight\',\'utilization\',\'servers\',\'instance_arrival_rate\',\'service_time\',\'_percentiles\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('wait_probability','mean_wait','mean_response','in_flight','utilization','servers','instance_arrival_rate','service_time','_percentiles',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'wait_probability\',\'mean_wait\',\'mean_response\',\'in_flight\',\'utilization\',\'servers\',\'instance_arrival_rate\',\'service_time\',\'_percentiles\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.wait_probability,self.mean_wait,self.mean_response,self.in_flight,self.utilization,self.servers,self.instance_arrival_rate,self.service_time,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.wait_probability,self.mean_wait,self.mean_response,self.in_flight,self.utilization,self.servers,self.instance_arrival_rate,self.service_time,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_dims, _type_meaning, _type_example, _type_default, _type_choices, _type_whole, _type_minimum, _type_maximum, _type_strictly_positive, _type_certain, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_example, _dflt_default, _dflt_choices, _dflt_whole, _dflt_minimum, _dflt_maximum, _dflt_strictly_positive, _dflt_certain, _return_type):
 def __init__(self,name:_type_name,dims:_type_dims,meaning:_type_meaning,example:_type_example=_dflt_example,default:_type_default=_dflt_default,choices:_type_choices=_dflt_choices,whole:_type_whole=_dflt_whole,minimum:_type_minimum=_dflt_minimum,maximum:_type_maximum=_dflt_maximum,strictly_positive:_type_strictly_positive=_dflt_strictly_positive,certain:_type_certain=_dflt_certain)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
  __dataclass_builtins_object__.__setattr__(self,'example',example)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'choices',choices)
  __dataclass_builtins_object__.__setattr__(self,'whole',whole)
  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)
  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)
  __dataclass_builtins_object__.__setattr__(self,'strictly_positive',strictly_positive)
  __dataclass_builtins_object__.__setattr__(self,'certain',certain)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_dims, _type_meaning, _type_example, _type_default, _type_choices, _type_whole, _type_minimum, _type_maximum, _type_strictly_positive, _type_certain, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_example, _dflt_default, _dflt_choices, _dflt_whole, _dflt_minimum, _dflt_maximum, _dflt_strictly_positive, _dflt_certain, _return_type):\n def __init__(self,name:_type_name,dims:_type_dims,meaning:_type_meaning,example:_type_example=_dflt_example,default:_type_default=_dflt_default,choices:_type_choices=_dflt_choices,whole:_type_whole=_dflt_whole,minimum:_type_minimum=_dflt_minimum,maximum:_type_maximum=_dflt_maximum,strictly_positive:_type_strictly_positive=_dflt_strictly_positive,certain:_type_certain=_dflt_certain)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'dims',dims)\n  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)\n  __dataclass_builtins_object__.__setattr__(self,'example',example)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'choices',choices)\n  __dataclass_builtins_object__.__setattr__(self,'whole',whole)\n  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)\n  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)\n  __dataclass_builtins_object__.__setattr__(self,'strictly_positive',strictly_positive)\n  __dataclass_builtins_object__.__setattr__(self,'certain',certain)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, dims={self.dims!r}, meaning={self.meaning!r}, example={self.example!r}, default={self.default!r}, choices={self.choices!r}, whole={self.whole!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, strictly_positive={self.strictly_positive!r}, certain={self.certain!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, dims={self.dims!r}, meaning={self.meaning!r}, example={self.example!r}, default={self.default!r}, choices={self.choices!r}, whole={self.whole!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, strictly_positive={self.strictly_positive!r}, certain={self.certain!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.dims,self.meaning,self.example,self.default,self.choices,self.whole,self.minimum,self.maximum,self.strictly_positive,self.certain,)==(other.name,other.dims,other.meaning,other.example,other.default,other.choices,other.whole,other.minimum,other.maximum,other.strictly_positive,other.certain,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.dims,self.meaning,self.example,self.default,self.choices,self.whole,self.minimum,self.maximum,self.strictly_positive,self.certain,)==(other.name,other.dims,other.meaning,other.example,other.default,other.choices,other.whole,other.minimum,other.maximum,other.strictly_positive,other.certain,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','dims','meaning','example','default','choices','whole','minimum','maximum','strictly_positive','certain',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'dims\',\'meaning\',\'example\',\'default\',\'choices\',\'whole\',\'minimum\',\'maximum\',\'strictly_positive\',\'certain\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','dims','meaning','example','default','choices','whole','minimum','maximum','strictly_positive','certain',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'dims\',\'meaning\',\'example\',\'default\',\'choices\',\'whole\',\'minimum\',\'maximum\',\'strictly_positive\',\'certain\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.dims,self.meaning,self.example,self.default,self.choices,self.whole,self.minimum,self.maximum,self.strictly_positive,self.certain,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.dims,self.meaning,self.example,self.default,self.choices,self.whole,self.minimum,self.maximum,self.strictly_positive,self.certain,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_target, _type_percentile, _type_achievable, _type_needed, _type_achieved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,target:_type_target,percentile:_type_percentile,achievable:_type_achievable,needed:_type_needed,achieved:_type_achieved)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'percentile',percentile)
  __dataclass_builtins_object__.__setattr__(self,'achievable',achievable)
  __dataclass_builtins_object__.__setattr__(self,'needed',needed)
  __dataclass_builtins_object__.__setattr__(self,'achieved',achieved)
 return __init__
MAKERS["def __create_fn__(_type_target, _type_percentile, _type_achievable, _type_needed, _type_achieved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,target:_type_target,percentile:_type_percentile,achievable:_type_achievable,needed:_type_needed,achieved:_type_achieved)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'percentile',percentile)\n  __dataclass_builtins_object__.__setattr__(self,'achievable',achievable)\n  __dataclass_builtins_object__.__setattr__(self,'needed',needed)\n  __dataclass_builtins_object__.__setattr__(self,'achieved',achieved)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(target={self.target!r}, percentile={self.percentile!r}, achievable={self.achievable!r}, needed={self.needed!r}, achieved={self.achieved!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(target={self.target!r}, percentile={self.percentile!r}, achievable={self.achievable!r}, needed={self.needed!r}, achieved={self.achieved!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.target,self.percentile,self.achievable,self.needed,self.achieved,)==(other.target,other.percentile,other.achievable,other.needed,other.achieved,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.target,self.percentile,self.achievable,self.needed,self.achieved,)==(other.target,other.percentile,other.achievable,other.needed,other.achieved,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('target','percentile','achievable','needed','achieved',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'target\',\'percentile\',\'achievable\',\'needed\',\'achieved\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('target','percentile','achievable','needed','achieved',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'target\',\'percentile\',\'achievable\',\'needed\',\'achieved\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.target,self.percentile,self.achievable,self.needed,self.achieved,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.target,self.percentile,self.achievable,self.needed,self.achieved,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_sizing, _type_service_time, _type_workers, _type_queue, _type_stable, _type_latency, _type_connections, _type_max_connections, _type_time_until_full, _type_storage_horizon, _type_saturated, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_saturated, _dflt_figures, _return_type):
 def __init__(self,sizing:_type_sizing,service_time:_type_service_time,workers:_type_workers,queue:_type_queue,stable:_type_stable,latency:_type_latency,connections:_type_connections,max_connections:_type_max_connections,time_until_full:_type_time_until_full,storage_horizon:_type_storage_horizon,saturated:_type_saturated=_dflt_saturated,figures:_type_figures=_dflt_figures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)
  __dataclass_builtins_object__.__setattr__(self,'workers',workers)
  __dataclass_builtins_object__.__setattr__(self,'queue',queue)
  __dataclass_builtins_object__.__setattr__(self,'stable',stable)
  __dataclass_builtins_object__.__setattr__(self,'latency',latency)
  __dataclass_builtins_object__.__setattr__(self,'connections',connections)
  __dataclass_builtins_object__.__setattr__(self,'max_connections',max_connections)
  __dataclass_builtins_object__.__setattr__(self,'time_until_full',time_until_full)
  __dataclass_builtins_object__.__setattr__(self,'storage_horizon',storage_horizon)
  __dataclass_builtins_object__.__setattr__(self,'saturated',saturated)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
 return __init__
MAKERS["def __create_fn__(_type_sizing, _type_service_time, _type_workers, _type_queue, _type_stable, _type_latency, _type_connections, _type_max_connections, _type_time_until_full, _type_storage_horizon, _type_saturated, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_saturated, _dflt_figures, _return_type):\n def __init__(self,sizing:_type_sizing,service_time:_type_service_time,workers:_type_workers,queue:_type_queue,stable:_type_stable,latency:_type_latency,connections:_type_connections,max_connections:_type_max_connections,time_until_full:_type_time_until_full,storage_horizon:_type_storage_horizon,saturated:_type_saturated=_dflt_saturated,figures:_type_figures=_dflt_figures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)\n  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)\n  __dataclass_builtins_object__.__setattr__(self,'workers',workers)\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'stable',stable)\n  __dataclass_builtins_object__.__setattr__(self,'latency',latency)\n  __dataclass_builtins_object__.__setattr__(self,'connections',connections)\n  __dataclass_builtins_object__.__setattr__(self,'max_connections',max_connections)\n  __dataclass_builtins_object__.__setattr__(self,'time_until_full',time_until_full)\n  __dataclass_builtins_object__.__setattr__(self,'storage_horizon',storage_horizon)\n  __dataclass_builtins_object__.__setattr__(self,'saturated',saturated)\n  __dataclass_builtins_object__.__setattr__(self,'figures',figures)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sizing={self.sizing!r}, service_time={self.service_time!r}, workers={self.workers!r}, queue={self.queue!r}, stable={self.stable!r}, latency={self.latency!r}, connections={self.connections!r}, max_connections={self.max_connections!r}, time_until_full={self.time_until_full!r}, storage_horizon={self.storage_horizon!r}, saturated={self.saturated!r}, figures={self.figures!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(sizing={self.sizing!r}, service_time={self.service_time!r}, workers={self.workers!r}, queue={self.queue!r}, stable={self.stable!r}, latency={self.latency!r}, connections={self.connections!r}, max_connections={self.max_connections!r}, time_until_full={self.time_until_full!r}, storage_horizon={self.storage_horizon!r}, saturated={self.saturated!r}, figures={self.figures!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sizing,self.service_time,self.workers,self.queue,self.stable,self.latency,self.connections,self.max_connections,self.time_until_full,self.storage_horizon,self.saturated,self.figures,)==(other.sizing,other.service_time,other.workers,other.queue,other.stable,other.latency,other.connections,other.max_connections,other.time_until_full,other.storage_horizon,other.saturated,other.figures,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.sizing,self.service_time,self.workers,self.queue,self.stable,self.latency,self.connections,self.max_connections,self.time_until_full,self.storage_horizon,self.saturated,self.figures,)==(other.sizing,other.service_time,other.workers,other.queue,other.stable,other.latency,other.connections,other.max_connections,other.time_until_full,other.storage_horizon,other.saturated,other.figures,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('sizing','service_time','workers','queue','stable','latency','connections','max_connections','time_until_full','storage_horizon','saturated','figures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'sizing\',\'service_time\',\'workers\',\'queue\',\'stable\',\'latency\',\'connections\',\'max_connections\',\'time_until_full\',\'storage_horizon\',\'saturated\',\'figures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('sizing','service_time','workers','queue','stable','latency','connections','max_connections','time_until_full','storage_horizon','saturated','figures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'sizing\',\'service_time\',\'workers\',\'queue\',\'stable\',\'latency\',\'connections\',\'max_connections\',\'time_until_full\',\'storage_horizon\',\'saturated\',\'figures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.sizing,self.service_time,self.workers,self.queue,self.stable,self.latency,self.connections,self.max_connections,self.time_until_full,self.storage_horizon,self.saturated,self.figures,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.sizing,self.service_time,self.workers,self.queue,self.stable,self.latency,self.connections,self.max_connections,self.time_until_full,self.storage_horizon,self.saturated,self.figures,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_formula, _type_inputs, _type_equation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_equation, _return_type):
 def __init__(self,name:_type_name,formula:_type_formula,inputs:_type_inputs,equation:_type_equation=_dflt_equation)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'equation',equation)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_formula, _type_inputs, _type_equation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_equation, _return_type):\n def __init__(self,name:_type_name,formula:_type_formula,inputs:_type_inputs,equation:_type_equation=_dflt_equation)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'formula',formula)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'equation',equation)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, formula={self.formula!r}, inputs={self.inputs!r}, equation={self.equation!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, formula={self.formula!r}, inputs={self.inputs!r}, equation={self.equation!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.formula,self.inputs,self.equation,)==(other.name,other.formula,other.inputs,other.equation,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.formula,self.inputs,self.equation,)==(other.name,other.formula,other.inputs,other.equation,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','formula','inputs','equation',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'formula\',\'inputs\',\'equation\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','formula','inputs','equation',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'formula\',\'inputs\',\'equation\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.formula,self.inputs,self.equation,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.formula,self.inputs,self.equation,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_component, _type_kind, _type_severity, _type_message, _type_remedy, _type_span, _type_figures, _type_probability, _type_sensitivity, _type_driver, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _dflt_probability, _dflt_sensitivity, _dflt_driver, _return_type):
 def __init__(self,component:_type_component,kind:_type_kind,severity:_type_severity,message:_type_message,remedy:_type_remedy,span:_type_span,figures:_type_figures=_HAS_DEFAULT_FACTORY,probability:_type_probability=_dflt_probability,sensitivity:_type_sensitivity=_dflt_sensitivity,driver:_type_driver=_dflt_driver)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'remedy',remedy)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'figures',_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures)
  __dataclass_builtins_object__.__setattr__(self,'probability',probability)
  __dataclass_builtins_object__.__setattr__(self,'sensitivity',sensitivity)
  __dataclass_builtins_object__.__setattr__(self,'driver',driver)
 return __init__
MAKERS["def __create_fn__(_type_component, _type_kind, _type_severity, _type_message, _type_remedy, _type_span, _type_figures, _type_probability, _type_sensitivity, _type_driver, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _dflt_probability, _dflt_sensitivity, _dflt_driver, _return_type):\n def __init__(self,component:_type_component,kind:_type_kind,severity:_type_severity,message:_type_message,remedy:_type_remedy,span:_type_span,figures:_type_figures=_HAS_DEFAULT_FACTORY,probability:_type_probability=_dflt_probability,sensitivity:_type_sensitivity=_dflt_sensitivity,driver:_type_driver=_dflt_driver)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'component',component)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'remedy',remedy)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'figures',_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures)\n  __dataclass_builtins_object__.__setattr__(self,'probability',probability)\n  __dataclass_builtins_object__.__setattr__(self,'sensitivity',sensitivity)\n  __dataclass_builtins_object__.__setattr__(self,'driver',driver)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, kind={self.kind!r}, severity={self.severity!r}, message={self.message!r}, remedy={self.remedy!r}, span={self.span!r}, figures={self.figures!r}, probability={self.probability!r}, sensitivity={self.sensitivity!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(component={self.component!r}, kind={self.kind!r}, severity={self.severity!r}, message={self.message!r}, remedy={self.remedy!r}, span={self.span!r}, figures={self.figures!r}, probability={self.probability!r}, sensitivity={self.sensitivity!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.kind,self.severity,self.message,self.remedy,self.span,self.figures,self.probability,self.sensitivity,)==(other.component,other.kind,other.severity,other.message,other.remedy,other.span,other.figures,other.probability,other.sensitivity,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.component,self.kind,self.severity,self.message,self.remedy,self.span,self.figures,self.probability,self.sensitivity,)==(other.component,other.kind,other.severity,other.message,other.remedy,other.span,other.figures,other.probability,other.sensitivity,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','kind','severity','message','remedy','span','figures','probability','sensitivity','driver',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'component\',\'kind\',\'severity\',\'message\',\'remedy\',\'span\',\'figures\',\'probability\',\'sensitivity\',\'driver\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','kind','severity','message','remedy','span','figures','probability','sensitivity','driver',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'component\',\'kind\',\'severity\',\'message\',\'remedy\',\'span\',\'figures\',\'probability\',\'sensitivity\',\'driver\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.kind,self.severity,self.message,self.remedy,self.span,self.figures,self.probability,self.sensitivity,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.component,self.kind,self.severity,self.message,self.remedy,self.span,self.figures,self.probability,self.sensitivity,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_sizing, _type_span, _type_load_assumed, _type_working_set, _type_data, _type_instances_span, _type_model, _type_cold_load, _type_polling, _type_spans, _type_rate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_working_set, _dflt_data, _dflt_instances_span, _dflt_model, _dflt_cold_load, _dflt_polling, _dflt_spans, _dflt_rate, _return_type):
 def __init__(self,name:_type_name,sizing:_type_sizing,span:_type_span,load_assumed:_type_load_assumed,working_set:_type_working_set=_dflt_working_set,data:_type_data=_dflt_data,instances_span:_type_instances_span=_dflt_instances_span,model:_type_model=_dflt_model,cold_load:_type_cold_load=_dflt_cold_load,polling:_type_polling=_dflt_polling,spans:_type_spans=_HAS_DEFAULT_FACTORY,rate:_type_rate=_dflt_rate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'load_assumed',load_assumed)
  __dataclass_builtins_object__.__setattr__(self,'working_set',working_set)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'instances_span',instances_span)
  __dataclass_builtins_object__.__setattr__(self,'model',model)
  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)
  __dataclass_builtins_object__.__setattr__(self,'polling',polling)
  __dataclass_builtins_object__.__setattr__(self,'spans',_dflt_spans() if spans is _HAS_DEFAULT_FACTORY else spans)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_sizing, _type_span, _type_load_assumed, _type_working_set, _type_data, _type_instances_span, _type_model, _type_cold_load, _type_polling, _type_spans, _type_rate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_working_set, _dflt_data, _dflt_instances_span, _dflt_model, _dflt_cold_load, _dflt_polling, _dflt_spans, _dflt_rate, _return_type):\n def __init__(self,name:_type_name,sizing:_type_sizing,span:_type_span,load_assumed:_type_load_assumed,working_set:_type_working_set=_dflt_working_set,data:_type_data=_dflt_data,instances_span:_type_instances_span=_dflt_instances_span,model:_type_model=_dflt_model,cold_load:_type_cold_load=_dflt_cold_load,polling:_type_polling=_dflt_polling,spans:_type_spans=_HAS_DEFAULT_FACTORY,rate:_type_rate=_dflt_rate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'load_assumed',load_assumed)\n  __dataclass_builtins_object__.__setattr__(self,'working_set',working_set)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'instances_span',instances_span)\n  __dataclass_builtins_object__.__setattr__(self,'model',model)\n  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)\n  __dataclass_builtins_object__.__setattr__(self,'polling',polling)\n  __dataclass_builtins_object__.__setattr__(self,'spans',_dflt_spans() if spans is _HAS_DEFAULT_FACTORY else spans)\n  __dataclass_builtins_object__.__setattr__(self,'rate',rate)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, sizing={self.sizing!r}, span={self.span!r}, load_assumed={self.load_assumed!r}, working_set={self.working_set!r}, data={self.data!r}, instances_span={self.instances_span!r}, model={self.model!r}, cold_load={self.cold_load!r}, polling={self.polling!r}, spans={self.spans!r}, rate={self.rate!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, sizing={self.sizing!r}, span={self.span!r}, load_assumed={self.load_assumed!r}, working_set={self.working_set!r}, data={self.data!r}, instances_span={self.instances_span!r}, model={self.model!r}, cold_load={self.cold_load!r}, polling={self.polling!r}, spans={self.spans!r}, rate={self.rate!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.sizing,self.span,self.load_assumed,self.working_set,self.data,self.instances_span,self.model,self.cold_load,self.polling,self.spans,self.rate,)==(other.name,other.sizing,other.span,other.load_assumed,other.working_set,other.data,other.instances_span,other.model,other.cold_load,other.polling,other.spans,other.rate,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.sizing,self.span,self.load_assumed,self.working_set,self.data,self.instances_span,self.model,self.cold_load,self.polling,self.spans,self.rate,)==(other.name,other.sizing,other.span,other.load_assumed,other.working_set,other.data,other.instances_span,other.model,other.cold_load,other.polling,other.spans,other.rate,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','sizing','span','load_assumed','working_set','data','instances_span','model','cold_load','polling','spans','rate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'sizing\',\'span\',\'load_assumed\',\'working_set\',\'data\',\'instances_span\',\'model\',\'cold_load\',\'polling\',\'spans\',\'rate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','sizing','span','load_assumed','working_set','data','instances_span','model','cold_load','polling','spans','rate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'sizing\',\'span\',\'load_assumed\',\'working_set\',\'data\',\'instances_span\',\'model\',\'cold_load\',\'polling\',\'spans\',\'rate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.sizing,self.span,self.load_assumed,self.working_set,self.data,self.instances_span,self.model,self.cold_load,self.polling,self.spans,self.rate,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.sizing,self.span,self.load_assumed,self.working_set,self.data,self.instances_span,self.model,self.cold_load,self.polling,self.spans,self.rate,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_quantity, _type_fixed_unit, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,quantity:_type_quantity,fixed_unit:_type_fixed_unit,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'fixed_unit',fixed_unit)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_quantity, _type_fixed_unit, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,quantity:_type_quantity,fixed_unit:_type_fixed_unit,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)\n  __dataclass_builtins_object__.__setattr__(self,'fixed_unit',fixed_unit)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, quantity={self.quantity!r}, fixed_unit={self.fixed_unit!r}, span={self.span!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, quantity={self.quantity!r}, fixed_unit={self.fixed_unit!r}, span={self.span!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.quantity,self.fixed_unit,self.span,)==(other.name,other.quantity,other.fixed_unit,other.span,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.quantity,self.fixed_unit,self.span,)==(other.name,other.quantity,other.fixed_unit,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','quantity','fixed_unit','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'quantity\',\'fixed_unit\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','quantity','fixed_unit','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'quantity\',\'fixed_unit\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.quantity,self.fixed_unit,self.span,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.quantity,self.fixed_unit,self.span,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_span, _type_load, _type_capacity, _type_sizing, _type_load_assumed, _type_risks, _type_model, _type_cold_load, _type_kind, _type_kind_model, _type_average_load, _type_end_to_end, _type_properties, _type_cost, _type_headroom, _type_loads, _type_failures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_model, _dflt_cold_load, _dflt_kind, _dflt_kind_model, _dflt_properties, _dflt_cost, _dflt_headroom, _dflt_loads, _dflt_failures, _return_type):
 def __init__(self,name:_type_name,span:_type_span,load:_type_load,capacity:_type_capacity,sizing:_type_sizing,load_assumed:_type_load_assumed,risks:_type_risks,model:_type_model=_dflt_model,cold_load:_type_cold_load=_dflt_cold_load,kind:_type_kind=_dflt_kind,kind_model:_type_kind_model=_dflt_kind_model,properties:_type_properties=_HAS_DEFAULT_FACTORY,cost:_type_cost=_dflt_cost,headroom:_type_headroom=_dflt_headroom,loads:_type_loads=_dflt_loads,failures:_type_failures=_dflt_failures,*,average_load:_type_average_load,end_to_end:_type_end_to_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'capacity',capacity)
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'load_assumed',load_assumed)
  __dataclass_builtins_object__.__setattr__(self,'risks',risks)
  __dataclass_builtins_object__.__setattr__(self,'model',model)
  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'kind_model',kind_model)
  __dataclass_builtins_object__.__setattr__(self,'average_load',average_load)
  __dataclass_builtins_object__.__setattr__(self,'end_to_end',end_to_end)
  __dataclass_builtins_object__.__setattr__(self,'properties',_dflt_properties() if properties is _HAS_DEFAULT_FACTORY else properties)
  __dataclass_builtins_object__.__setattr__(self,'cost',cost)
  __dataclass_builtins_object__.__setattr__(self,'headroom',headroom)
  __dataclass_builtins_object__.__setattr__(self,'loads',loads)
  __dataclass_builtins_object__.__setattr__(self,'failures',failures)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_span, _type_load, _type_capacity, _type_sizing, _type_load_assumed, _type_risks, _type_model, _type_cold_load, _type_kind, _type_kind_model, _type_average_load, _type_end_to_end, _type_properties, _type_cost, _type_headroom, _type_loads, _type_failures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_model, _dflt_cold_load, _dflt_kind, _dflt_kind_model, _dflt_properties, _dflt_cost, _dflt_headroom, _dflt_loads, _dflt_failures, _return_type):\n def __init__(self,name:_type_name,span:_type_span,load:_type_load,capacity:_type_capacity,sizing:_type_sizing,load_assumed:_type_load_assumed,risks:_type_risks,model:_type_model=_dflt_model,cold_load:_type_cold_load=_dflt_cold_load,kind:_type_kind=_dflt_kind,kind_model:_type_kind_model=_dflt_kind_model,properties:_type_properties=_HAS_DEFAULT_FACTORY,cost:_type_cost=_dflt_cost,headroom:_type_headroom=_dflt_headroom,loads:_type_loads=_dflt_loads,failures:_type_failures=_dflt_failures,*,average_load:_type_average_load,end_to_end:_type_end_to_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'load',load)\n  __dataclass_builtins_object__.__setattr__(self,'capacity',capacity)\n  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)\n  __dataclass_builtins_object__.__setattr__(self,'load_assumed',load_assumed)\n  __dataclass_builtins_object__.__setattr__(self,'risks',risks)\n  __dataclass_builtins_object__.__setattr__(self,'model',model)\n  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'kind_model',kind_model)\n  __dataclass_builtins_object__.__setattr__(self,'average_load',average_load)\n  __dataclass_builtins_object__.__setattr__(self,'end_to_end',end_to_end)\n  __dataclass_builtins_object__.__setattr__(self,'properties',_dflt_properties() if properties is _HAS_DEFAULT_FACTORY else properties)\n  __dataclass_builtins_object__.__setattr__(self,'cost',cost)\n  __dataclass_builtins_object__.__setattr__(self,'headroom',headroom)\n  __dataclass_builtins_object__.__setattr__(self,'loads',loads)\n  __dataclass_builtins_object__.__setattr__(self,'failures',failures)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, span={self.span!r}, load={self.load!r}, capacity={self.capacity!r}, sizing={self.sizing!r}, load_assumed={self.load_assumed!r}, risks={self.risks!r}, model={self.model!r}, cold_load={self.cold_load!r}, kind={self.kind!r}, kind_model={self.kind_model!r}, average_load={self.average_load!r}, end_to_end={self.end_to_end!r}, properties={self.properties!r}, cost={self.cost!r}, headroom={self.headroom!r}, loads={self.loads!r}, failures={self.failures!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, span={self.span!r}, load={self.load!r}, capacity={self.capacity!r}, sizing={self.sizing!r}, load_assumed={self.load_assumed!r}, risks={self.risks!r}, model={self.model!r}, cold_load={self.cold_load!r}, kind={self.kind!r}, kind_model={self.kind_model!r}, average_load={self.average_load!r}, end_to_end={self.end_to_end!r}, properties={self.properties!r}, cost={self.cost!r}, headroom={self.headroom!r}, loads={self.loads!r}, failures={self.failures!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.span,self.load,self.capacity,self.sizing,self.load_assumed,self.risks,self.model,self.cold_load,self.kind,self.kind_model,self.average_load,self.end_to_end,self.properties,self.cost,self.headroom,self.loads,self.failures,)==(other.name,other.span,other.load,other.capacity,other.sizing,other.load_assumed,other.risks,other.model,other.cold_load,other.kind,other.kind_model,other.average_load,other.end_to_end,other.properties,other.cost,other.headroom,other.loads,other.failures,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.span,self.load,self.capacity,self.sizing,self.load_assumed,self.risks,self.model,self.cold_load,self.kind,self.kind_model,self.average_load,self.end_to_end,self.properties,self.cost,self.headroom,self.loads,self.failures,)==(other.name,other.span,other.load,other.capacity,other.sizing,other.load_assumed,other.risks,other.model,other.cold_load,other.kind,other.kind_model,other.average_load,other.end_to_end,other.properties,other.cost,other.headroom,other.loads,other.failures,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','span','load','capacity','sizing','load_assumed','risks','model','cold_load','kind','kind_model','average_load','end_to_end','properties','cost','headroom','loads','failures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'span\',\'load\',\'capacity\',\'sizing\',\'load_assumed\',\'risks\',\'model\',\'cold_load\',\'kind\',\'kind_model\',\'average_load\',\'end_to_end\',\'properties\',\'cost\',\'headroom\',\'loads\',\'failures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','span','load','capacity','sizing','load_assumed','risks','model','cold_load','kind','kind_model','average_load','end_to_end','properties','cost','headroom','loads','failures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'span\',\'load\',\'capacity\',\'sizing\',\'load_assumed\',\'risks\',\'model\',\'cold_load\',\'kind\',\'kind_model\',\'average_load\',\'end_to_end\',\'properties\',\'cost\',\'headroom\',\'loads\',\'failures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.span,self.load,self.capacity,self.sizing,self.load_assumed,self.risks,self.model,self.cold_load,self.kind,self.kind_model,self.average_load,self.end_to_end,self.properties,self.cost,self.headroom,self.loads,self.failures,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.span,self.load,self.capacity,self.sizing,self.load_assumed,self.risks,self.model,self.cold_load,self.kind,self.kind_model,self.average_load,self.end_to_end,self.properties,self.cost,self.headroom,self.loads,self.failures,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_multiplier, _type_component, _type_fails_by, _type_entering, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,multiplier:_type_multiplier,component:_type_component,fails_by:_type_fails_by,entering:_type_entering)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)
  __dataclass_builtins_object__.__setattr__(self,'entering',entering)
 return __init__
MAKERS["def __create_fn__(_type_multiplier, _type_component, _type_fails_by, _type_entering, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,multiplier:_type_multiplier,component:_type_component,fails_by:_type_fails_by,entering:_type_entering)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)\n  __dataclass_builtins_object__.__setattr__(self,'component',component)\n  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)\n  __dataclass_builtins_object__.__setattr__(self,'entering',entering)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(multiplier={self.multiplier!r}, component={self.component!r}, fails_by={self.fails_by!r}, entering={self.entering!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(multiplier={self.multiplier!r}, component={self.component!r}, fails_by={self.fails_by!r}, entering={self.entering!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.multiplier,self.component,self.fails_by,self.entering,)==(other.multiplier,other.component,other.fails_by,other.entering,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.multiplier,self.component,self.fails_by,self.entering,)==(other.multiplier,other.component,other.fails_by,other.entering,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('multiplier','component','fails_by','entering',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'multiplier\',\'component\',\'fails_by\',\'entering\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('multiplier','component','fails_by','entering',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'multiplier\',\'component\',\'fails_by\',\'entering\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.multiplier,self.component,self.fails_by,self.entering,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.multiplier,self.component,self.fails_by,self.entering,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_source, _type_target, _type_multiplier, _type_span, _type_flow_class, _type_load, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _dflt_load, _dflt_batch, _return_type):
 def __init__(self,source:_type_source,target:_type_target,multiplier:_type_multiplier,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class,load:_type_load=_dflt_load,batch:_type_batch=_dflt_batch)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'batch',batch)
 return __init__
MAKERS["def __create_fn__(_type_source, _type_target, _type_multiplier, _type_span, _type_flow_class, _type_load, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _dflt_load, _dflt_batch, _return_type):\n def __init__(self,source:_type_source,target:_type_target,multiplier:_type_multiplier,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class,load:_type_load=_dflt_load,batch:_type_batch=_dflt_batch)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)\n  __dataclass_builtins_object__.__setattr__(self,'load',load)\n  __dataclass_builtins_object__.__setattr__(self,'batch',batch)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, multiplier={self.multiplier!r}, span={self.span!r}, flow_class={self.flow_class!r}, load={self.load!r}, batch={self.batch!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, multiplier={self.multiplier!r}, span={self.span!r}, flow_class={self.flow_class!r}, load={self.load!r}, batch={self.batch!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.target,self.multiplier,self.span,self.flow_class,self.load,self.batch,)==(other.source,other.target,other.multiplier,other.span,other.flow_class,other.load,other.batch,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.target,self.multiplier,self.span,self.flow_class,self.load,self.batch,)==(other.source,other.target,other.multiplier,other.span,other.flow_class,other.load,other.batch,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','target','multiplier','span','flow_class','load','batch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'target\',\'multiplier\',\'span\',\'flow_class\',\'load\',\'batch\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','target','multiplier','span','flow_class','load','batch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'target\',\'multiplier\',\'span\',\'flow_class\',\'load\',\'batch\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.target,self.multiplier,self.span,self.flow_class,self.load,self.batch,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.target,self.multiplier,self.span,self.flow_class,self.load,self.batch,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_text, _type_passed, _type_span, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,passed:_type_passed,span:_type_span,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'passed',passed)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__
MAKERS["def __create_fn__(_type_text, _type_passed, _type_span, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,passed:_type_passed,span:_type_span,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'passed',passed)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, passed={self.passed!r}, span={self.span!r}, message={self.message!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, passed={self.passed!r}, span={self.span!r}, message={self.message!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.passed,self.span,self.message,)==(other.text,other.passed,other.span,other.message,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.passed,self.span,self.message,)==(other.text,other.passed,other.span,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','passed','span','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'passed\',\'span\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','passed','span','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'passed\',\'span\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.passed,self.span,self.message,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.passed,self.span,self.message,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_file, _type_source, _type_units, _type_values, _type_components, _type_edges, _type_flows, _type_risks, _type_asserts, _type_errors, _type_skipped, _type_sampling, _type_total_cost, _type_breaking_point, _type_sources, _type_figure_builder, _type_started, _type_seconds, _type__figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_units, _dflt_values, _dflt_components, _dflt_edges, _dflt_flows, _dflt_risks, _dflt_asserts, _dflt_errors, _dflt_skipped, _dflt_sampling, _dflt_total_cost, _dflt_breaking_point, _dflt_sources, _dflt_figure_builder, _dflt_started, _dflt_seconds, _return_type):
 def __init__(self,file:_type_file,source:_type_source,units:_type_units=_dflt_units,values:_type_values=_HAS_DEFAULT_FACTORY,components:_type_components=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,flows:_type_flows=_dflt_flows,risks:_type_risks=_HAS_DEFAULT_FACTORY,asserts:_type_asserts=_HAS_DEFAULT_FACTORY,errors:_type_errors=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_dflt_skipped,sampling:_type_sampling=_dflt_sampling,total_cost:_type_total_cost=_dflt_total_cost,breaking_point:_type_breaking_point=_dflt_breaking_point,sources:_type_sources=_HAS_DEFAULT_FACTORY,figure_builder:_type_figure_builder=_dflt_figure_builder,started:_type_started=_dflt_started,seconds:_type_seconds=_dflt_seconds)->_return_type:
  self.file=file
  self.source=source
  self.units=units
  self.values=_dflt_values() if values is _HAS_DEFAULT_FACTORY else values
  self.components=_dflt_components() if components is _HAS_DEFAULT_FACTORY else components
  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges
  self.flows=flows
  self.risks=_dflt_risks() if risks is _HAS_DEFAULT_FACTORY else risks
  self.asserts=_dflt_asserts() if asserts is _HAS_DEFAULT_FACTORY else asserts
  self.errors=_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors
  self.skipped=skipped
  self.sampling=sampling
  self.total_cost=total_cost
  self.breaking_point=breaking_point
  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources
  self.figure_builder=figure_builder
  self.started=started
  self.seconds=seconds
 return __init__
MAKERS['def __create_fn__(_type_file, _type_source, _type_units, _type_values, _type_components, _type_edges, _type_flows, _type_risks, _type_asserts, _type_errors, _type_skipped, _type_sampling, _type_total_cost, _type_breaking_point, _type_sources, _type_figure_builder, _type_started, _type_seconds, _type__figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_units, _dflt_values, _dflt_components, _dflt_edges, _dflt_flows, _dflt_risks, _dflt_asserts, _dflt_errors, _dflt_skipped, _dflt_sampling, _dflt_total_cost, _dflt_breaking_point, _dflt_sources, _dflt_figure_builder, _dflt_started, _dflt_seconds, _return_type):\n def __init__(self,file:_type_file,source:_type_source,units:_type_units=_dflt_units,values:_type_values=_HAS_DEFAULT_FACTORY,components:_type_components=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,flows:_type_flows=_dflt_flows,risks:_type_risks=_HAS_DEFAULT_FACTORY,asserts:_type_asserts=_HAS_DEFAULT_FACTORY,errors:_type_errors=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_dflt_skipped,sampling:_type_sampling=_dflt_sampling,total_cost:_type_total_cost=_dflt_total_cost,breaking_point:_type_breaking_point=_dflt_breaking_point,sources:_type_sources=_HAS_DEFAULT_FACTORY,figure_builder:_type_figure_builder=_dflt_figure_builder,started:_type_started=_dflt_started,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  self.file=file\n  self.source=source\n  self.units=units\n  self.values=_dflt_values() if values is _HAS_DEFAULT_FACTORY else values\n  self.components=_dflt_components() if components is _HAS_DEFAULT_FACTORY else components\n  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges\n  self.flows=flows\n  self.risks=_dflt_risks() if risks is _HAS_DEFAULT_FACTORY else risks\n  self.asserts=_dflt_asserts() if asserts is _HAS_DEFAULT_FACTORY else asserts\n  self.errors=_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors\n  self.skipped=skipped\n  self.sampling=sampling\n  self.total_cost=total_cost\n  self.breaking_point=breaking_point\n  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources\n  self.figure_builder=figure_builder\n  self.started=started\n  self.seconds=seconds\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, source={self.source!r}, units={self.units!r}, values={self.values!r}, components={self.components!r}, edges={self.edges!r}, flows={self.flows!r}, risks={self.risks!r}, asserts={self.asserts!r}, errors={self.errors!r}, skipped={self.skipped!r}, sampling={self.sampling!r}, total_cost={self.total_cost!r}, breaking_point={self.breaking_point!r}, sources={self.sources!r}, started={self.started!r}, seconds={self.seconds!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, source={self.source!r}, units={self.units!r}, values={self.values!r}, components={self.components!r}, edges={self.edges!r}, flows={self.flows!r}, risks={self.risks!r}, asserts={self.asserts!r}, errors={self.errors!r}, skipped={self.skipped!r}, sampling={self.sampling!r}, total_cost={self.total_cost!r}, breaking_point={self.breaking_point!r}, sources={self.sources!r}, started={self.started!r}, seconds={self.seconds!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.source,self.units,self.values,self.components,self.edges,self.flows,self.risks,self.asserts,self.errors,self.skipped,self.sampling,self.total_cost,self.breaking_point,self.sources,)==(other.file,other.source,other.units,other.values,other.components,other.edges,other.flows,other.risks,other.asserts,other.errors,other.skipped,other.sampling,other.total_cost,other.breaking_point,other.sources,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.source,self.units,self.values,self.components,self.edges,self.flows,self.risks,self.asserts,self.errors,self.skipped,self.sampling,self.total_cost,self.breaking_point,self.sources,)==(other.file,other.source,other.units,other.values,other.components,other.edges,other.flows,other.risks,other.asserts,other.errors,other.skipped,other.sampling,other.total_cost,other.breaking_point,other.sources,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _return_type):
 def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
 return __init__
MAKERS['def __create_fn__(_type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _return_type):\n def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(files={self.files!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(files={self.files!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.files,)==(other.files,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.files,)==(other.files,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_name, _type_shown, _type_formula, _type_is_expression, _type_substituted, _type_rounded, _type_text, _type_value, _type_line, _type_note, _type_repeated, _type_cut, _type_inputs, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_repeated, _dflt_cut, _dflt_inputs, _dflt_where, _return_type):
 def __init__(self,name:_type_name,shown:_type_shown,formula:_type_formula,is_expression:_type_is_expression,substituted:_type_substituted,rounded:_type_rounded,text:_type_text,value:_type_value,line:_type_line,note:_type_note=_dflt_note,repeated:_type_repeated=_dflt_repeated,cut:_type_cut=_dflt_cut,inputs:_type_inputs=_dflt_inputs,where:_type_where=_dflt_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'is_expression',is_expression)
  __dataclass_builtins_object__.__setattr__(self,'substituted',substituted)
  __dataclass_builtins_object__.__setattr__(self,'rounded',rounded)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'repeated',repeated)
  __dataclass_builtins_object__.__setattr__(self,'cut',cut)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_shown, _type_formula, _type_is_expression, _type_substituted, _type_rounded, _type_text, _type_value, _type_line, _type_note, _type_repeated, _type_cut, _type_inputs, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_repeated, _dflt_cut, _dflt_inputs, _dflt_where, _return_type):\n def __init__(self,name:_type_name,shown:_type_shown,formula:_type_formula,is_expression:_type_is_expression,substituted:_type_substituted,rounded:_type_rounded,text:_type_text,value:_type_value,line:_type_line,note:_type_note=_dflt_note,repeated:_type_repeated=_dflt_repeated,cut:_type_cut=_dflt_cut,inputs:_type_inputs=_dflt_inputs,where:_type_where=_dflt_where)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'shown',shown)\n  __dataclass_builtins_object__.__setattr__(self,'formula',formula)\n  __dataclass_builtins_object__.__setattr__(self,'is_expression',is_expression)\n  __dataclass_builtins_object__.__setattr__(self,'substituted',substituted)\n  __dataclass_builtins_object__.__setattr__(self,'rounded',rounded)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'repeated',repeated)\n  __dataclass_builtins_object__.__setattr__(self,'cut',cut)\n  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)\n  __dataclass_builtins_object__.__setattr__(self,'where',where)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, shown={self.shown!r}, formula={self.formula!r}, is_expression={self.is_expression!r}, substituted={self.substituted!r}, rounded={self.rounded!r}, text={self.text!r}, value={self.value!r}, line={self.line!r}, note={self.note!r}, repeated={self.repeated!r}, cut={self.cut!r}, inputs={self.inputs!r}, where={self.where!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, shown={self.shown!r}, formula={self.formula!r}, is_expression={self.is_expression!r}, substituted={self.substituted!r}, rounded={self.rounded!r}, text={self.text!r}, value={self.value!r}, line={self.line!r}, note={self.note!r}, repeated={self.repeated!r}, cut={self.cut!r}, inputs={self.inputs!r}, where={self.where!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.shown,self.formula,self.is_expression,self.substituted,self.rounded,self.text,self.value,self.line,self.note,self.repeated,self.cut,self.inputs,self.where,)==(other.name,other.shown,other.formula,other.is_expression,other.substituted,other.rounded,other.text,other.value,other.line,other.note,other.repeated,other.cut,other.inputs,other.where,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.shown,self.formula,self.is_expression,self.substituted,self.rounded,self.text,self.value,self.line,self.note,self.repeated,self.cut,self.inputs,self.where,)==(other.name,other.shown,other.formula,other.is_expression,other.substituted,other.rounded,other.text,other.value,other.line,other.note,other.repeated,other.cut,other.inputs,other.where,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','shown','formula','is_expression','substituted','rounded','text','value','line','note','repeated','cut','inputs','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'shown\',\'formula\',\'is_expression\',\'substituted\',\'rounded\',\'text\',\'value\',\'line\',\'note\',\'repeated\',\'cut\',\'inputs\',\'where\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','shown','formula','is_expression','substituted','rounded','text','value','line','note','repeated','cut','inputs','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'shown\',\'formula\',\'is_expression\',\'substituted\',\'rounded\',\'text\',\'value\',\'line\',\'note\',\'repeated\',\'cut\',\'inputs\',\'where\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.shown,self.formula,self.is_expression,self.substituted,self.rounded,self.text,self.value,self.line,self.note,self.repeated,self.cut,self.inputs,self.where,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.shown,self.formula,self.is_expression,self.substituted,self.rounded,self.text,self.value,self.line,self.note,self.repeated,self.cut,self.inputs,self.where,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_report, _type_values, _type_components, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,report:_type_report,values:_type_values,components:_type_components)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'report',report)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'components',components)
 return __init__
MAKERS["def __create_fn__(_type_report, _type_values, _type_components, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,report:_type_report,values:_type_values,components:_type_components)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'report',report)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'components',components)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(report={self.report!r}, values={self.values!r}, components={self.components!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(report={self.report!r}, values={self.values!r}, components={self.components!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.report,self.values,self.components,)==(other.report,other.values,other.components,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.report,self.values,self.components,)==(other.report,other.values,other.components,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('report','values','components',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'report\',\'values\',\'components\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('report','values','components',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'report\',\'values\',\'components\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.report,self.values,self.components,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.report,self.values,self.components,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_options, _type_variant, _type_base_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_variant, _dflt_base_only, _return_type):
 def __init__(self,options:_type_options=_dflt_options,variant:_type_variant=_dflt_variant,base_only:_type_base_only=_dflt_base_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'variant',variant)
  __dataclass_builtins_object__.__setattr__(self,'base_only',base_only)
 return __init__
MAKERS["def __create_fn__(_type_options, _type_variant, _type_base_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_variant, _dflt_base_only, _return_type):\n def __init__(self,options:_type_options=_dflt_options,variant:_type_variant=_dflt_variant,base_only:_type_base_only=_dflt_base_only)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'variant',variant)\n  __dataclass_builtins_object__.__setattr__(self,'base_only',base_only)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(options={self.options!r}, variant={self.variant!r}, base_only={self.base_only!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(options={self.options!r}, variant={self.variant!r}, base_only={self.base_only!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.options,self.variant,self.base_only,)==(other.options,other.variant,other.base_only,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.options,self.variant,self.base_only,)==(other.options,other.variant,other.base_only,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('options','variant','base_only',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'options\',\'variant\',\'base_only\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('options','variant','base_only',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'options\',\'variant\',\'base_only\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.options,self.variant,self.base_only,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.options,self.variant,self.base_only,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_kind, _type_text, _type_line, _type_column, _type_spaced, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,text:_type_text,line:_type_line,column:_type_column,spaced:_type_spaced)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'spaced',spaced)
 return __init__
MAKERS["def __create_fn__(_type_kind, _type_text, _type_line, _type_column, _type_spaced, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,text:_type_text,line:_type_line,column:_type_column,spaced:_type_spaced)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'spaced',spaced)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, text={self.text!r}, line={self.line!r}, column={self.column!r}, spaced={self.spaced!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, text={self.text!r}, line={self.line!r}, column={self.column!r}, spaced={self.spaced!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.text,self.line,self.column,self.spaced,)==(other.kind,other.text,other.line,other.column,other.spaced,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.text,self.line,self.column,self.spaced,)==(other.kind,other.text,other.line,other.column,other.spaced,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','text','line','column','spaced',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'text\',\'line\',\'column\',\'spaced\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','text','line','column','spaced',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'text\',\'line\',\'column\',\'spaced\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.text,self.line,self.column,self.spaced,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.text,self.line,self.column,self.spaced,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_depth, _type_source_line, _type_tokens, _type_comment, _type_continued, _type_backslash, _type_blank_before, _type_code, _type_lhs, _type_rhs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tokens, _dflt_comment, _dflt_continued, _dflt_backslash, _dflt_blank_before, _dflt_code, _dflt_lhs, _dflt_rhs, _return_type):
 def __init__(self,depth:_type_depth,source_line:_type_source_line,tokens:_type_tokens=_HAS_DEFAULT_FACTORY,comment:_type_comment=_dflt_comment,continued:_type_continued=_dflt_continued,backslash:_type_backslash=_dflt_backslash,blank_before:_type_blank_before=_dflt_blank_before,code:_type_code=_dflt_code,lhs:_type_lhs=_dflt_lhs,rhs:_type_rhs=_dflt_rhs)->_return_type:
  self.depth=depth
  self.source_line=source_line
  self.tokens=_dflt_tokens() if tokens is _HAS_DEFAULT_FACTORY else tokens
  self.comment=comment
  self.continued=continued
  self.backslash=backslash
  self.blank_before=blank_before
  self.code=code
  self.lhs=lhs
  self.rhs=rhs
 return __init__
MAKERS['def __create_fn__(_type_depth, _type_source_line, _type_tokens, _type_comment, _type_continued, _type_backslash, _type_blank_before, _type_code, _type_lhs, _type_rhs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tokens, _dflt_comment, _dflt_continued, _dflt_backslash, _dflt_blank_before, _dflt_code, _dflt_lhs, _dflt_rhs, _return_type):\n def __init__(self,depth:_type_depth,source_line:_type_source_line,tokens:_type_tokens=_HAS_DEFAULT_FACTORY,comment:_type_comment=_dflt_comment,continued:_type_continued=_dflt_continued,backslash:_type_backslash=_dflt_backslash,blank_before:_type_blank_before=_dflt_blank_before,code:_type_code=_dflt_code,lhs:_type_lhs=_dflt_lhs,rhs:_type_rhs=_dflt_rhs)->_return_type:\n  self.depth=depth\n  self.source_line=source_line\n  self.tokens=_dflt_tokens() if tokens is _HAS_DEFAULT_FACTORY else tokens\n  self.comment=comment\n  self.continued=continued\n  self.backslash=backslash\n  self.blank_before=blank_before\n  self.code=code\n  self.lhs=lhs\n  self.rhs=rhs\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(depth={self.depth!r}, source_line={self.source_line!r}, tokens={self.tokens!r}, comment={self.comment!r}, continued={self.continued!r}, backslash={self.backslash!r}, blank_before={self.blank_before!r}, code={self.code!r}, lhs={self.lhs!r}, rhs={self.rhs!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(depth={self.depth!r}, source_line={self.source_line!r}, tokens={self.tokens!r}, comment={self.comment!r}, continued={self.continued!r}, backslash={self.backslash!r}, blank_before={self.blank_before!r}, code={self.code!r}, lhs={self.lhs!r}, rhs={self.rhs!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.depth,self.source_line,self.tokens,self.comment,self.continued,self.backslash,self.blank_before,self.code,self.lhs,self.rhs,)==(other.depth,other.source_line,other.tokens,other.comment,other.continued,other.backslash,other.blank_before,other.code,other.lhs,other.rhs,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.depth,self.source_line,self.tokens,self.comment,self.continued,self.backslash,self.blank_before,self.code,self.lhs,self.rhs,)==(other.depth,other.source_line,other.tokens,other.comment,other.continued,other.backslash,other.blank_before,other.code,other.lhs,other.rhs,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_statements, _type_report, _type_sampling, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statements, _dflt_report, _dflt_sampling, _return_type):
 def __init__(self,statements:_type_statements=_HAS_DEFAULT_FACTORY,report:_type_report=_dflt_report,sampling:_type_sampling=_dflt_sampling)->_return_type:
  self.statements=_dflt_statements() if statements is _HAS_DEFAULT_FACTORY else statements
  self.report=report
  self.sampling=sampling
 return __init__
MAKERS['def __create_fn__(_type_statements, _type_report, _type_sampling, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statements, _dflt_report, _dflt_sampling, _return_type):\n def __init__(self,statements:_type_statements=_HAS_DEFAULT_FACTORY,report:_type_report=_dflt_report,sampling:_type_sampling=_dflt_sampling)->_return_type:\n  self.statements=_dflt_statements() if statements is _HAS_DEFAULT_FACTORY else statements\n  self.report=report\n  self.sampling=sampling\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statements={self.statements!r}, report={self.report!r}, sampling={self.sampling!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(statements={self.statements!r}, report={self.report!r}, sampling={self.sampling!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statements,self.report,self.sampling,)==(other.statements,other.report,other.sampling,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.statements,self.report,self.sampling,)==(other.statements,other.report,other.sampling,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_name, _type_what, _type_span, _type_definition, _type_component, _type_written, _type_variant, _type_setting, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_definition, _dflt_component, _dflt_written, _dflt_variant, _dflt_setting, _return_type):
 def __init__(self,name:_type_name,what:_type_what,span:_type_span,definition:_type_definition=_dflt_definition,component:_type_component=_dflt_component,written:_type_written=_dflt_written,variant:_type_variant=_dflt_variant,setting:_type_setting=_dflt_setting)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'definition',definition)
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'written',written)
  __dataclass_builtins_object__.__setattr__(self,'variant',variant)
  __dataclass_builtins_object__.__setattr__(self,'setting',setting)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_what, _type_span, _type_definition, _type_component, _type_written, _type_variant, _type_setting, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_definition, _dflt_component, _dflt_written, _dflt_variant, _dflt_setting, _return_type):\n def __init__(self,name:_type_name,what:_type_what,span:_type_span,definition:_type_definition=_dflt_definition,component:_type_component=_dflt_component,written:_type_written=_dflt_written,variant:_type_variant=_dflt_variant,setting:_type_setting=_dflt_setting)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'what',what)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'definition',definition)\n  __dataclass_builtins_object__.__setattr__(self,'component',component)\n  __dataclass_builtins_object__.__setattr__(self,'written',written)\n  __dataclass_builtins_object__.__setattr__(self,'variant',variant)\n  __dataclass_builtins_object__.__setattr__(self,'setting',setting)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, what={self.what!r}, span={self.span!r}, definition={self.definition!r}, component={self.component!r}, written={self.written!r}, variant={self.variant!r}, setting={self.setting!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, what={self.what!r}, span={self.span!r}, definition={self.definition!r}, component={self.component!r}, written={self.written!r}, variant={self.variant!r}, setting={self.setting!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.what,self.span,self.definition,self.component,self.written,self.variant,self.setting,)==(other.name,other.what,other.span,other.definition,other.component,other.written,other.variant,other.setting,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.what,self.span,self.definition,self.component,self.written,self.variant,self.setting,)==(other.name,other.what,other.span,other.definition,other.component,other.written,other.variant,other.setting,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','what','span','definition','component','written','variant','setting',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'what\',\'span\',\'definition\',\'component\',\'written\',\'variant\',\'setting\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','what','span','definition','component','written','variant','setting',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'what\',\'span\',\'definition\',\'component\',\'written\',\'variant\',\'setting\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.what,self.span,self.definition,self.component,self.written,self.variant,self.setting,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.what,self.span,self.definition,self.component,self.written,self.variant,self.setting,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_occurrences, _type_bindings, _type_components, _type_declared_units, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,occurrences:_type_occurrences,bindings:_type_bindings,components:_type_components,declared_units:_type_declared_units)->_return_type:
  self.occurrences=occurrences
  self.bindings=bindings
  self.components=components
  self.declared_units=declared_units
 return __init__
MAKERS['def __create_fn__(_type_occurrences, _type_bindings, _type_components, _type_declared_units, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,occurrences:_type_occurrences,bindings:_type_bindings,components:_type_components,declared_units:_type_declared_units)->_return_type:\n  self.occurrences=occurrences\n  self.bindings=bindings\n  self.components=components\n  self.declared_units=declared_units\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(occurrences={self.occurrences!r}, bindings={self.bindings!r}, components={self.components!r}, declared_units={self.declared_units!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(occurrences={self.occurrences!r}, bindings={self.bindings!r}, components={self.components!r}, declared_units={self.declared_units!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.occurrences,self.bindings,self.components,self.declared_units,)==(other.occurrences,other.bindings,other.components,other.declared_units,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.occurrences,self.bindings,self.components,self.declared_units,)==(other.occurrences,other.bindings,other.components,other.declared_units,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_keyword, _type_name, _type_open, _type_close, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keyword:_type_keyword,name:_type_name,open:_type_open,close:_type_close)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'open',open)
  __dataclass_builtins_object__.__setattr__(self,'close',close)
 return __init__
MAKERS["def __create_fn__(_type_keyword, _type_name, _type_open, _type_close, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keyword:_type_keyword,name:_type_name,open:_type_open,close:_type_close)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'open',open)\n  __dataclass_builtins_object__.__setattr__(self,'close',close)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, name={self.name!r}, open={self.open!r}, close={self.close!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, name={self.name!r}, open={self.open!r}, close={self.close!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyword,self.name,self.open,self.close,)==(other.keyword,other.name,other.open,other.close,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyword,self.name,self.open,self.close,)==(other.keyword,other.name,other.open,other.close,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keyword','name','open','close',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keyword\',\'name\',\'open\',\'close\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keyword','name','open','close',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keyword\',\'name\',\'open\',\'close\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.keyword,self.name,self.open,self.close,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.keyword,self.name,self.open,self.close,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_uri, _type_filename, _type_text, _type_version, _type_report, _type_program, _type_source, _type_names, _type_encoding, _type_units, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_units, _dflt_left_out, _return_type):
 def __init__(self,uri:_type_uri,filename:_type_filename,text:_type_text,version:_type_version,report:_type_report,program:_type_program,source:_type_source,names:_type_names,encoding:_type_encoding=_dflt_encoding,units:_type_units=_dflt_units,left_out:_type_left_out=_dflt_left_out)->_return_type:
  self.uri=uri
  self.filename=filename
  self.text=text
  self.version=version
  self.report=report
  self.program=program
  self.source=source
  self.names=names
  self.encoding=encoding
  self.units=units
  self.left_out=left_out
 return __init__
MAKERS['def __create_fn__(_type_uri, _type_filename, _type_text, _type_version, _type_report, _type_program, _type_source, _type_names, _type_encoding, _type_units, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_units, _dflt_left_out, _return_type):\n def __init__(self,uri:_type_uri,filename:_type_filename,text:_type_text,version:_type_version,report:_type_report,program:_type_program,source:_type_source,names:_type_names,encoding:_type_encoding=_dflt_encoding,units:_type_units=_dflt_units,left_out:_type_left_out=_dflt_left_out)->_return_type:\n  self.uri=uri\n  self.filename=filename\n  self.text=text\n  self.version=version\n  self.report=report\n  self.program=program\n  self.source=source\n  self.names=names\n  self.encoding=encoding\n  self.units=units\n  self.left_out=left_out\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(uri={self.uri!r}, filename={self.filename!r}, text={self.text!r}, version={self.version!r}, report={self.report!r}, program={self.program!r}, source={self.source!r}, names={self.names!r}, encoding={self.encoding!r}, left_out={self.left_out!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(uri={self.uri!r}, filename={self.filename!r}, text={self.text!r}, version={self.version!r}, report={self.report!r}, program={self.program!r}, source={self.source!r}, names={self.names!r}, encoding={self.encoding!r}, left_out={self.left_out!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.uri,self.filename,self.text,self.version,self.report,self.program,self.source,self.names,self.encoding,self.units,self.left_out,)==(other.uri,other.filename,other.text,other.version,other.report,other.program,other.source,other.names,other.encoding,other.units,other.left_out,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.uri,self.filename,self.text,self.version,self.report,self.program,self.source,self.names,self.encoding,self.units,self.left_out,)==(other.uri,other.filename,other.text,other.version,other.report,other.program,other.source,other.names,other.encoding,other.units,other.left_out,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_name, _type_provider, _type_family, _type_vcpus, _type_memory, _type_local_disk, _type_price, _type_region, _type_date, _type_source, _type_price_text, _type_local_disk_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_price_text, _dflt_local_disk_text, _return_type):
 def __init__(self,name:_type_name,provider:_type_provider,family:_type_family,vcpus:_type_vcpus,memory:_type_memory,local_disk:_type_local_disk,price:_type_price,region:_type_region,date:_type_date,source:_type_source,price_text:_type_price_text=_dflt_price_text,local_disk_text:_type_local_disk_text=_dflt_local_disk_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'provider',provider)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'vcpus',vcpus)
  __dataclass_builtins_object__.__setattr__(self,'memory',memory)
  __dataclass_builtins_object__.__setattr__(self,'local_disk',local_disk)
  __dataclass_builtins_object__.__setattr__(self,'price',price)
  __dataclass_builtins_object__.__setattr__(self,'region',region)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'price_text',price_text)
  __dataclass_builtins_object__.__setattr__(self,'local_disk_text',local_disk_text)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_provider, _type_family, _type_vcpus, _type_memory, _type_local_disk, _type_price, _type_region, _type_date, _type_source, _type_price_text, _type_local_disk_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_price_text, _dflt_local_disk_text, _return_type):\n def __init__(self,name:_type_name,provider:_type_provider,family:_type_family,vcpus:_type_vcpus,memory:_type_memory,local_disk:_type_local_disk,price:_type_price,region:_type_region,date:_type_date,source:_type_source,price_text:_type_price_text=_dflt_price_text,local_disk_text:_type_local_disk_text=_dflt_local_disk_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'provider',provider)\n  __dataclass_builtins_object__.__setattr__(self,'family',family)\n  __dataclass_builtins_object__.__setattr__(self,'vcpus',vcpus)\n  __dataclass_builtins_object__.__setattr__(self,'memory',memory)\n  __dataclass_builtins_object__.__setattr__(self,'local_disk',local_disk)\n  __dataclass_builtins_object__.__setattr__(self,'price',price)\n  __dataclass_builtins_object__.__setattr__(self,'region',region)\n  __dataclass_builtins_object__.__setattr__(self,'date',date)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'price_text',price_text)\n  __dataclass_builtins_object__.__setattr__(self,'local_disk_text',local_disk_text)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, provider={self.provider!r}, family={self.family!r}, vcpus={self.vcpus!r}, memory={self.memory!r}, local_disk={self.local_disk!r}, price={self.price!r}, region={self.region!r}, date={self.date!r}, source={self.source!r}, price_text={self.price_text!r}, local_disk_text={self.local_disk_text!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, provider={self.provider!r}, family={self.family!r}, vcpus={self.vcpus!r}, memory={self.memory!r}, local_disk={self.local_disk!r}, price={self.price!r}, region={self.region!r}, date={self.date!r}, source={self.source!r}, price_text={self.price_text!r}, local_disk_text={self.local_disk_text!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.provider,self.family,self.vcpus,self.memory,self.local_disk,self.price,self.region,self.date,self.source,self.price_text,self.local_disk_text,)==(other.name,other.provider,other.family,other.vcpus,other.memory,other.local_disk,other.price,other.region,other.date,other.source,other.price_text,other.local_disk_text,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.provider,self.family,self.vcpus,self.memory,self.local_disk,self.price,self.region,self.date,self.source,self.price_text,self.local_disk_text,)==(other.name,other.provider,other.family,other.vcpus,other.memory,other.local_disk,other.price,other.region,other.date,other.source,other.price_text,other.local_disk_text,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','provider','family','vcpus','memory','local_disk','price','region','date','source','price_text','local_disk_text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'provider\',\'family\',\'vcpus\',\'memory\',\'local_disk\',\'price\',\'region\',\'date\',\'source\',\'price_text\',\'local_disk_text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','provider','family','vcpus','memory','local_disk','price','region','date','source','price_text','local_disk_text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'provider\',\'family\',\'vcpus\',\'memory\',\'local_disk\',\'price\',\'region\',\'date\',\'source\',\'price_text\',\'local_disk_text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.provider,self.family,self.vcpus,self.memory,self.local_disk,self.price,self.region,self.date,self.source,self.price_text,self.local_disk_text,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.provider,self.family,self.vcpus,self.memory,self.local_disk,self.price,self.region,self.date,self.source,self.price_text,self.local_disk_text,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_compute, _type_storage, _type_egress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,compute:_type_compute,storage:_type_storage,egress:_type_egress)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'compute',compute)
  __dataclass_builtins_object__.__setattr__(self,'storage',storage)
  __dataclass_builtins_object__.__setattr__(self,'egress',egress)
 return __init__
MAKERS["def __create_fn__(_type_compute, _type_storage, _type_egress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,compute:_type_compute,storage:_type_storage,egress:_type_egress)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'compute',compute)\n  __dataclass_builtins_object__.__setattr__(self,'storage',storage)\n  __dataclass_builtins_object__.__setattr__(self,'egress',egress)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(compute={self.compute!r}, storage={self.storage!r}, egress={self.egress!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(compute={self.compute!r}, storage={self.storage!r}, egress={self.egress!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.compute,self.storage,self.egress,)==(other.compute,other.storage,other.egress,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.compute,self.storage,self.egress,)==(other.compute,other.storage,other.egress,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('compute','storage','egress',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'compute\',\'storage\',\'egress\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('compute','storage','egress',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'compute\',\'storage\',\'egress\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.compute,self.storage,self.egress,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.compute,self.storage,self.egress,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_kind, _type_load, _type_average, _type_sizing, _type_broker, _type_polling, _type_rate_limit, _type_latency, _type_max_utilization, _type_drain_rate, _type_burst, _type_drain_within, _type_message_size, _type_backlog, _type_drain_time, _type_bytes_held, _type_growth, _type_memory, _type_storage, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sizing, _dflt_broker, _dflt_polling, _dflt_rate_limit, _dflt_latency, _dflt_max_utilization, _dflt_drain_rate, _dflt_burst, _dflt_drain_within, _dflt_message_size, _dflt_backlog, _dflt_drain_time, _dflt_bytes_held, _dflt_growth, _dflt_memory, _dflt_storage, _return_type):
 def __init__(self,kind:_type_kind,load:_type_load,average:_type_average,sizing:_type_sizing=_dflt_sizing,broker:_type_broker=_dflt_broker,polling:_type_polling=_dflt_polling,rate_limit:_type_rate_limit=_dflt_rate_limit,latency:_type_latency=_dflt_latency,max_utilization:_type_max_utilization=_dflt_max_utilization,drain_rate:_type_drain_rate=_dflt_drain_rate,burst:_type_burst=_dflt_burst,drain_within:_type_drain_within=_dflt_drain_within,message_size:_type_message_size=_dflt_message_size,backlog:_type_backlog=_dflt_backlog,drain_time:_type_drain_time=_dflt_drain_time,bytes_held:_type_bytes_held=_dflt_bytes_held,growth:_type_growth=_dflt_growth,memory:_type_memory=_dflt_memory,storage:_type_storage=_dflt_storage)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'broker',broker)
  __dataclass_builtins_object__.__setattr__(self,'polling',polling)
  __dataclass_builtins_object__.__setattr__(self,'rate_limit',rate_limit)
  __dataclass_builtins_object__.__setattr__(self,'latency',latency)
  __dataclass_builtins_object__.__setattr__(self,'max_utilization',max_utilization)
  __dataclass_builtins_object__.__setattr__(self,'drain_rate',drain_rate)
  __dataclass_builtins_object__.__setattr__(self,'burst',burst)
  __dataclass_builtins_object__.__setattr__(self,'drain_within',drain_within)
  __dataclass_builtins_object__.__setattr__(self,'message_size',message_size)
  __dataclass_builtins_object__.__setattr__(self,'backlog',backlog)
  __dataclass_builtins_object__.__setattr__(self,'drain_time',drain_time)
  __dataclass_builtins_object__.__setattr__(self,'bytes_held',bytes_held)
  __dataclass_builtins_object__.__setattr__(self,'growth',growth)
  __dataclass_builtins_object__.__setattr__(self,'memory',memory)
  __dataclass_builtins_object__.__setattr__(self,'storage',storage)
 return __init__
MAKERS["def __create_fn__(_type_kind, _type_load, _type_average, _type_sizing, _type_broker, _type_polling, _type_rate_limit, _type_latency, _type_max_utilization, _type_drain_rate, _type_burst, _type_drain_within, _type_message_size, _type_backlog, _type_drain_time, _type_bytes_held, _type_growth, _type_memory, _type_storage, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sizing, _dflt_broker, _dflt_polling, _dflt_rate_limit, _dflt_latency, _dflt_max_utilization, _dflt_drain_rate, _dflt_burst, _dflt_drain_within, _dflt_message_size, _dflt_backlog, _dflt_drain_time, _dflt_bytes_held, _dflt_growth, _dflt_memory, _dflt_storage, _return_type):\n def __init__(self,kind:_type_kind,load:_type_load,average:_type_average,sizing:_type_sizing=_dflt_sizing,broker:_type_broker=_dflt_broker,polling:_type_polling=_dflt_polling,rate_limit:_type_rate_limit=_dflt_rate_limit,latency:_type_latency=_dflt_latency,max_utilization:_type_max_utilization=_dflt_max_utilization,drain_rate:_type_drain_rate=_dflt_drain_rate,burst:_type_burst=_dflt_burst,drain_within:_type_drain_within=_dflt_drain_within,message_size:_type_message_size=_dflt_message_size,backlog:_type_backlog=_dflt_backlog,drain_time:_type_drain_time=_dflt_drain_time,bytes_held:_type_bytes_held=_dflt_bytes_held,growth:_type_growth=_dflt_growth,memory:_type_memory=_dflt_memory,storage:_type_storage=_dflt_storage)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'load',load)\n  __dataclass_builtins_object__.__setattr__(self,'average',average)\n  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)\n  __dataclass_builtins_object__.__setattr__(self,'broker',broker)\n  __dataclass_builtins_object__.__setattr__(self,'polling',polling)\n  __dataclass_builtins_object__.__setattr__(self,'rate_limit',rate_limit)\n  __dataclass_builtins_object__.__setattr__(self,'latency',latency)\n  __dataclass_builtins_object__.__setattr__(self,'max_utilization',max_utilization)\n  __dataclass_builtins_object__.__setattr__(self,'drain_rate',drain_rate)\n  __dataclass_builtins_object__.__setattr__(self,'burst',burst)\n  __dataclass_builtins_object__.__setattr__(self,'drain_within',drain_within)\n  __dataclass_builtins_object__.__setattr__(self,'message_size',message_size)\n  __dataclass_builtins_object__.__setattr__(self,'backlog',backlog)\n  __dataclass_builtins_object__.__setattr__(self,'drain_time',drain_time)\n  __dataclass_builtins_object__.__setattr__(self,'bytes_held',bytes_held)\n  __dataclass_builtins_object__.__setattr__(self,'growth',growth)\n  __dataclass_builtins_object__.__setattr__(self,'memory',memory)\n  __dataclass_builtins_object__.__setattr__(self,'storage',storage)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, load={self.load!r}, average={self.average!r}, sizing={self.sizing!r}, broker={self.broker!r}, polling={self.polling!r}, rate_limit={self.rate_limit!r}, latency={self.latency!r}, max_utilization={self.max_utilization!r}, drain_rate={self.drain_rate!r}, burst={self.burst!r}, drain_within={self.drain_within!r}, message_size={self.message_size!r}, backlog={self.backlog!r}, drain_time={self.drain_time!r}, bytes_held={self.bytes_held!r}, growth={self.growth!r}, memory={self.memory!r}, storage={self.storage!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, load={self.load!r}, average={self.average!r}, sizing={self.sizing!r}, broker={self.broker!r}, polling={self.polling!r}, rate_limit={self.rate_limit!r}, latency={self.latency!r}, max_utilization={self.max_utilization!r}, drain_rate={self.drain_rate!r}, burst={self.burst!r}, drain_within={self.drain_within!r}, message_size={self.message_size!r}, backlog={self.backlog!r}, drain_time={self.drain_time!r}, bytes_held={self.bytes_held!r}, growth={self.growth!r}, memory={self.memory!r}, storage={self.storage!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.load,self.average,self.sizing,self.broker,self.polling,self.rate_limit,self.latency,self.max_utilization,self.drain_rate,self.burst,self.drain_within,self.message_size,self.backlog,self.drain_time,self.bytes_held,self.growth,self.memory,self.storage,)==(other.kind,other.load,other.average,other.sizing,other.broker,other.polling,other.rate_limit,other.latency,other.max_utilization,other.drain_rate,other.burst,other.drain_within,other.message_size,other.backlog,other.drain_time,other.bytes_held,other.growth,other.memory,other.storage,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.load,self.average,self.sizing,self.broker,self.polling,self.rate_limit,self.latency,self.max_utilization,self.drain_rate,self.burst,self.drain_within,self.message_size,self.backlog,self.drain_time,self.bytes_held,self.growth,self.memory,self.storage,)==(other.kind,other.load,other.average,other.sizing,other.broker,other.polling,other.rate_limit,other.latency,other.max_utilization,other.drain_rate,other.burst,other.drain_within,other.message_size,other.backlog,other.drain_time,other.bytes_held,other.growth,other.memory,other.storage,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','load','average','sizing','broker','polling','rate_limit','latency','max_utilization','drain_rate','burst','drain_within','message_size','backlog','drain_time','bytes_held','growth','memory','storage',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'load\',\'average\',\'sizing\',\'broker\',\'polling\',\'rate_limit\',\'latency\',\'max_utilization\',\'drain_rate\',\'burst\',\'drain_within\',\'message_size\',\'backlog\',\'drain_time\',\'bytes_held\',\'growth\',\'memory\',\'storage\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','load','average','sizing','broker','polling','rate_limit','latency','max_utilization','drain_rate','burst','drain_within','message_size','backlog','drain_time','bytes_held','growth','memory','storage',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'load\',\'average\',\'sizing\',\'broker\',\'polling\',\'rate_limit\',\'latency\',\'max_utilization\',\'drain_rate\',\'burst\',\'drain_within\',\'message_size\',\'backlog\',\'drain_time\',\'bytes_held\',\'growth\',\'memory\',\'storage\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.load,self.average,self.sizing,self.broker,self.polling,self.rate_limit,self.latency,self.max_utilization,self.drain_rate,self.burst,self.drain_within,self.message_size,self.backlog,self.drain_time,self.bytes_held,self.growth,self.memory,self.storage,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.load,self.average,self.sizing,self.broker,self.polling,self.rate_limit,self.latency,self.max_utilization,self.drain_rate,self.burst,self.drain_within,self.message_size,self.backlog,self.drain_time,self.bytes_held,self.growth,self.memory,self.storage,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_info, _type_prop, _type_load, _type_average, _type_consumers, _type_size_server, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,info:_type_info,prop:_type_prop,load:_type_load,average:_type_average,consumers:_type_consumers,size_server:_type_size_server)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'prop',prop)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'consumers',consumers)
  __dataclass_builtins_object__.__setattr__(self,'size_server',size_server)
 return __init__
MAKERS["def __create_fn__(_type_info, _type_prop, _type_load, _type_average, _type_consumers, _type_size_server, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,info:_type_info,prop:_type_prop,load:_type_load,average:_type_average,consumers:_type_consumers,size_server:_type_size_server)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'info',info)\n  __dataclass_builtins_object__.__setattr__(self,'prop',prop)\n  __dataclass_builtins_object__.__setattr__(self,'load',load)\n  __dataclass_builtins_object__.__setattr__(self,'average',average)\n  __dataclass_builtins_object__.__setattr__(self,'consumers',consumers)\n  __dataclass_builtins_object__.__setattr__(self,'size_server',size_server)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, prop={self.prop!r}, load={self.load!r}, average={self.average!r}, consumers={self.consumers!r}, size_server={self.size_server!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, prop={self.prop!r}, load={self.load!r}, average={self.average!r}, consumers={self.consumers!r}, size_server={self.size_server!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.prop,self.load,self.average,self.consumers,self.size_server,)==(other.info,other.prop,other.load,other.average,other.consumers,other.size_server,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.prop,self.load,self.average,self.consumers,self.size_server,)==(other.info,other.prop,other.load,other.average,other.consumers,other.size_server,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('info','prop','load','average','consumers','size_server',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'info\',\'prop\',\'load\',\'average\',\'consumers\',\'size_server\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('info','prop','load','average','consumers','size_server',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'info\',\'prop\',\'load\',\'average\',\'consumers\',\'size_server\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.info,self.prop,self.load,self.average,self.consumers,self.size_server,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.info,self.prop,self.load,self.average,self.consumers,self.size_server,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_info, _type_prop, _type_assumed, _type_cold_load, _type_size_at, _type_rate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,info:_type_info,prop:_type_prop,assumed:_type_assumed,cold_load:_type_cold_load,size_at:_type_size_at,rate:_type_rate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'prop',prop)
  __dataclass_builtins_object__.__setattr__(self,'assumed',assumed)
  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)
  __dataclass_builtins_object__.__setattr__(self,'size_at',size_at)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
 return __init__
MAKERS["def __create_fn__(_type_info, _type_prop, _type_assumed, _type_cold_load, _type_size_at, _type_rate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,info:_type_info,prop:_type_prop,assumed:_type_assumed,cold_load:_type_cold_load,size_at:_type_size_at,rate:_type_rate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'info',info)\n  __dataclass_builtins_object__.__setattr__(self,'prop',prop)\n  __dataclass_builtins_object__.__setattr__(self,'assumed',assumed)\n  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)\n  __dataclass_builtins_object__.__setattr__(self,'size_at',size_at)\n  __dataclass_builtins_object__.__setattr__(self,'rate',rate)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, prop={self.prop!r}, assumed={self.assumed!r}, cold_load={self.cold_load!r}, size_at={self.size_at!r}, rate={self.rate!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, prop={self.prop!r}, assumed={self.assumed!r}, cold_load={self.cold_load!r}, size_at={self.size_at!r}, rate={self.rate!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.prop,self.assumed,self.cold_load,self.size_at,self.rate,)==(other.info,other.prop,other.assumed,other.cold_load,other.size_at,other.rate,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.prop,self.assumed,self.cold_load,self.size_at,self.rate,)==(other.info,other.prop,other.assumed,other.cold_load,other.size_at,other.rate,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('info','prop','assumed','cold_load','size_at','rate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'info\',\'prop\',\'assumed\',\'cold_load\',\'size_at\',\'rate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('info','prop','assumed','cold_load','size_at','rate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'info\',\'prop\',\'assumed\',\'cold_load\',\'size_at\',\'rate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.info,self.prop,self.assumed,self.cold_load,self.size_at,self.rate,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.info,self.prop,self.assumed,self.cold_load,self.size_at,self.rate,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_binding, _type_label, _type_number, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,binding:_type_binding,label:_type_label,number:_type_number)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'binding',binding)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_binding, _type_label, _type_number, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,binding:_type_binding,label:_type_label,number:_type_number)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'binding',binding)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, binding={self.binding!r}, label={self.label!r}, number={self.number!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, binding={self.binding!r}, label={self.label!r}, number={self.number!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.binding,self.label,self.number,)==(other.name,other.binding,other.label,other.number,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.binding,self.label,self.number,)==(other.name,other.binding,other.label,other.number,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','binding','label','number',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'binding\',\'label\',\'number\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','binding','label','number',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'binding\',\'label\',\'number\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.binding,self.label,self.number,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.binding,self.label,self.number,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_node, _type_properties, _type_choices, _type_has_unknown, _type_written_otherwise, _type_class_properties, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_choices, _dflt_has_unknown, _dflt_written_otherwise, _dflt_class_properties, _return_type):
 def __init__(self,node:_type_node,properties:_type_properties,choices:_type_choices=_HAS_DEFAULT_FACTORY,has_unknown:_type_has_unknown=_dflt_has_unknown,written_otherwise:_type_written_otherwise=_HAS_DEFAULT_FACTORY,class_properties:_type_class_properties=_HAS_DEFAULT_FACTORY)->_return_type:
  self.node=node
  self.properties=properties
  self.choices=_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices
  self.has_unknown=has_unknown
  self.written_otherwise=_dflt_written_otherwise() if written_otherwise is _HAS_DEFAULT_FACTORY else written_otherwise
  self.class_properties=_dflt_class_properties() if class_properties is _HAS_DEFAULT_FACTORY else class_properties
 return __init__
MAKERS['def __create_fn__(_type_node, _type_properties, _type_choices, _type_has_unknown, _type_written_otherwise, _type_class_properties, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_choices, _dflt_has_unknown, _dflt_written_otherwise, _dflt_class_properties, _return_type):\n def __init__(self,node:_type_node,properties:_type_properties,choices:_type_choices=_HAS_DEFAULT_FACTORY,has_unknown:_type_has_unknown=_dflt_has_unknown,written_otherwise:_type_written_otherwise=_HAS_DEFAULT_FACTORY,class_properties:_type_class_properties=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.node=node\n  self.properties=properties\n  self.choices=_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices\n  self.has_unknown=has_unknown\n  self.written_otherwise=_dflt_written_otherwise() if written_otherwise is _HAS_DEFAULT_FACTORY else written_otherwise\n  self.class_properties=_dflt_class_properties() if class_properties is _HAS_DEFAULT_FACTORY else class_properties\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(node={self.node!r}, properties={self.properties!r}, choices={self.choices!r}, has_unknown={self.has_unknown!r}, written_otherwise={self.written_otherwise!r}, class_properties={self.class_properties!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(node={self.node!r}, properties={self.properties!r}, choices={self.choices!r}, has_unknown={self.has_unknown!r}, written_otherwise={self.written_otherwise!r}, class_properties={self.class_properties!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.node,self.properties,self.choices,self.has_unknown,self.written_otherwise,self.class_properties,)==(other.node,other.properties,other.choices,other.has_unknown,other.written_otherwise,other.class_properties,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.node,self.properties,self.choices,self.has_unknown,self.written_otherwise,self.class_properties,)==(other.node,other.properties,other.choices,other.has_unknown,other.written_otherwise,other.class_properties,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_program, _type_units, _type_bindings, _type_components, _type_incoming, _type_asserts, _type_refs, _type_deps, _type_assert_deps, _type_order, _type_spans, _type_diagnostics, _type_label_traps, _type_flows, _type_started, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label_traps, _dflt_flows, _dflt_started, _dflt_members, _return_type):
 def __init__(self,program:_type_program,units:_type_units,bindings:_type_bindings,components:_type_components,incoming:_type_incoming,asserts:_type_asserts,refs:_type_refs,deps:_type_deps,assert_deps:_type_assert_deps,order:_type_order,spans:_type_spans,diagnostics:_type_diagnostics,label_traps:_type_label_traps=_HAS_DEFAULT_FACTORY,flows:_type_flows=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,members:_type_members=_HAS_DEFAULT_FACTORY)->_return_type:
  self.program=program
  self.units=units
  self.bindings=bindings
  self.components=components
  self.incoming=incoming
  self.asserts=asserts
  self.refs=refs
  self.deps=deps
  self.assert_deps=assert_deps
  self.order=order
  self.spans=spans
  self.diagnostics=diagnostics
  self.label_traps=_dflt_label_traps() if label_traps is _HAS_DEFAULT_FACTORY else label_traps
  self.flows=_dflt_flows() if flows is _HAS_DEFAULT_FACTORY else flows
  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started
  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members
 return __init__
MAKERS['def __create_fn__(_type_program, _type_units, _type_bindings, _type_components, _type_incoming, _type_asserts, _type_refs, _type_deps, _type_assert_deps, _type_order, _type_spans, _type_diagnostics, _type_label_traps, _type_flows, _type_started, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label_traps, _dflt_flows, _dflt_started, _dflt_members, _return_type):\n def __init__(self,program:_type_program,units:_type_units,bindings:_type_bindings,components:_type_components,incoming:_type_incoming,asserts:_type_asserts,refs:_type_refs,deps:_type_deps,assert_deps:_type_assert_deps,order:_type_order,spans:_type_spans,diagnostics:_type_diagnostics,label_traps:_type_label_traps=_HAS_DEFAULT_FACTORY,flows:_type_flows=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,members:_type_members=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.program=program\n  self.units=units\n  self.bindings=bindings\n  self.components=components\n  self.incoming=incoming\n  self.asserts=asserts\n  self.refs=refs\n  self.deps=deps\n  self.assert_deps=assert_deps\n  self.order=order\n  self.spans=spans\n  self.diagnostics=diagnostics\n  self.label_traps=_dflt_label_traps() if label_traps is _HAS_DEFAULT_FACTORY else label_traps\n  self.flows=_dflt_flows() if flows is _HAS_DEFAULT_FACTORY else flows\n  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started\n  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(program={self.program!r}, units={self.units!r}, bindings={self.bindings!r}, components={self.components!r}, incoming={self.incoming!r}, asserts={self.asserts!r}, refs={self.refs!r}, deps={self.deps!r}, assert_deps={self.assert_deps!r}, order={self.order!r}, spans={self.spans!r}, diagnostics={self.diagnostics!r}, label_traps={self.label_traps!r}, flows={self.flows!r}, started={self.started!r}, members={self.members!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(program={self.program!r}, units={self.units!r}, bindings={self.bindings!r}, components={self.components!r}, incoming={self.incoming!r}, asserts={self.asserts!r}, refs={self.refs!r}, deps={self.deps!r}, assert_deps={self.assert_deps!r}, order={self.order!r}, spans={self.spans!r}, diagnostics={self.diagnostics!r}, label_traps={self.label_traps!r}, flows={self.flows!r}, started={self.started!r}, members={self.members!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.program,self.units,self.bindings,self.components,self.incoming,self.asserts,self.refs,self.deps,self.assert_deps,self.order,self.spans,self.diagnostics,self.label_traps,self.flows,self.started,self.members,)==(other.program,other.units,other.bindings,other.components,other.incoming,other.asserts,other.refs,other.deps,other.assert_deps,other.order,other.spans,other.diagnostics,other.label_traps,other.flows,other.started,other.members,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.program,self.units,self.bindings,self.components,self.incoming,self.asserts,self.refs,self.deps,self.assert_deps,self.order,self.spans,self.diagnostics,self.label_traps,self.flows,self.started,self.members,)==(other.program,other.units,other.bindings,other.components,other.incoming,other.asserts,other.refs,other.deps,other.assert_deps,other.order,other.spans,other.diagnostics,other.label_traps,other.flows,other.started,other.members,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_caller, _type_flow, _type_first, _type_retries, _type_timeout, _type_timeout_of, _type_waits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timeout_of, _dflt_waits, _return_type):
 def __init__(self,caller:_type_caller,flow:_type_flow,first:_type_first,retries:_type_retries,timeout:_type_timeout,timeout_of:_type_timeout_of=_dflt_timeout_of,waits:_type_waits=_dflt_waits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'caller',caller)
  __dataclass_builtins_object__.__setattr__(self,'flow',flow)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'retries',retries)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
  __dataclass_builtins_object__.__setattr__(self,'timeout_of',timeout_of)
  __dataclass_builtins_object__.__setattr__(self,'waits',waits)
 return __init__
MAKERS["def __create_fn__(_type_caller, _type_flow, _type_first, _type_retries, _type_timeout, _type_timeout_of, _type_waits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timeout_of, _dflt_waits, _return_type):\n def __init__(self,caller:_type_caller,flow:_type_flow,first:_type_first,retries:_type_retries,timeout:_type_timeout,timeout_of:_type_timeout_of=_dflt_timeout_of,waits:_type_waits=_dflt_waits)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'caller',caller)\n  __dataclass_builtins_object__.__setattr__(self,'flow',flow)\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'retries',retries)\n  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)\n  __dataclass_builtins_object__.__setattr__(self,'timeout_of',timeout_of)\n  __dataclass_builtins_object__.__setattr__(self,'waits',waits)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(caller={self.caller!r}, flow={self.flow!r}, first={self.first!r}, retries={self.retries!r}, timeout={self.timeout!r}, timeout_of={self.timeout_of!r}, waits={self.waits!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(caller={self.caller!r}, flow={self.flow!r}, first={self.first!r}, retries={self.retries!r}, timeout={self.timeout!r}, timeout_of={self.timeout_of!r}, waits={self.waits!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.caller,self.flow,self.first,self.retries,self.timeout,self.timeout_of,self.waits,)==(other.caller,other.flow,other.first,other.retries,other.timeout,other.timeout_of,other.waits,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.caller,self.flow,self.first,self.retries,self.timeout,self.timeout_of,self.waits,)==(other.caller,other.flow,other.first,other.retries,other.timeout,other.timeout_of,other.waits,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('caller','flow','first','retries','timeout','timeout_of','waits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'caller\',\'flow\',\'first\',\'retries\',\'timeout\',\'timeout_of\',\'waits\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('caller','flow','first','retries','timeout','timeout_of','waits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'caller\',\'flow\',\'first\',\'retries\',\'timeout\',\'timeout_of\',\'waits\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.caller,self.flow,self.first,self.retries,self.timeout,self.timeout_of,self.waits,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.caller,self.flow,self.first,self.retries,self.timeout,self.timeout_of,self.waits,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_downstream, _type_service_time, _type_servers, _type_instances, _type_latency, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_service_time, _dflt_servers, _dflt_instances, _dflt_latency, _return_type):
 def __init__(self,downstream:_type_downstream,service_time:_type_service_time=_dflt_service_time,servers:_type_servers=_dflt_servers,instances:_type_instances=_dflt_instances,latency:_type_latency=_dflt_latency)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'downstream',downstream)
  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)
  __dataclass_builtins_object__.__setattr__(self,'servers',servers)
  __dataclass_builtins_object__.__setattr__(self,'instances',instances)
  __dataclass_builtins_object__.__setattr__(self,'latency',latency)
 return __init__
MAKERS["def __create_fn__(_type_downstream, _type_service_time, _type_servers, _type_instances, _type_latency, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_service_time, _dflt_servers, _dflt_instances, _dflt_latency, _return_type):\n def __init__(self,downstream:_type_downstream,service_time:_type_service_time=_dflt_service_time,servers:_type_servers=_dflt_servers,instances:_type_instances=_dflt_instances,latency:_type_latency=_dflt_latency)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'downstream',downstream)\n  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)\n  __dataclass_builtins_object__.__setattr__(self,'servers',servers)\n  __dataclass_builtins_object__.__setattr__(self,'instances',instances)\n  __dataclass_builtins_object__.__setattr__(self,'latency',latency)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(downstream={self.downstream!r}, service_time={self.service_time!r}, servers={self.servers!r}, instances={self.instances!r}, latency={self.latency!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(downstream={self.downstream!r}, service_time={self.service_time!r}, servers={self.servers!r}, instances={self.instances!r}, latency={self.latency!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.downstream,self.service_time,self.servers,self.instances,self.latency,)==(other.downstream,other.service_time,other.servers,other.instances,other.latency,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.downstream,self.service_time,self.servers,self.instances,self.latency,)==(other.downstream,other.service_time,other.servers,other.instances,other.latency,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('downstream','service_time','servers','instances','latency',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'downstream\',\'service_time\',\'servers\',\'instances\',\'latency\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('downstream','service_time','servers','instances','latency',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'downstream\',\'service_time\',\'servers\',\'instances\',\'latency\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.downstream,self.service_time,self.servers,self.instances,self.latency,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.downstream,self.service_time,self.servers,self.instances,self.latency,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_name, _type_callers, _type_error_rate, _type_rate_limit, _type_served, _type_response, _type_calls, _type_retries, _type_flow_loads, _type_relays, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relays, _return_type):
 def __init__(self,name:_type_name,callers:_type_callers,error_rate:_type_error_rate,rate_limit:_type_rate_limit,served:_type_served,response:_type_response,calls:_type_calls,retries:_type_retries,flow_loads:_type_flow_loads,relays:_type_relays=_dflt_relays)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'callers',callers)
  __dataclass_builtins_object__.__setattr__(self,'error_rate',error_rate)
  __dataclass_builtins_object__.__setattr__(self,'rate_limit',rate_limit)
  __dataclass_builtins_object__.__setattr__(self,'served',served)
  __dataclass_builtins_object__.__setattr__(self,'response',response)
  __dataclass_builtins_object__.__setattr__(self,'calls',calls)
  __dataclass_builtins_object__.__setattr__(self,'retries',retries)
  __dataclass_builtins_object__.__setattr__(self,'flow_loads',flow_loads)
  __dataclass_builtins_object__.__setattr__(self,'relays',relays)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_callers, _type_error_rate, _type_rate_limit, _type_served, _type_response, _type_calls, _type_retries, _type_flow_loads, _type_relays, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relays, _return_type):\n def __init__(self,name:_type_name,callers:_type_callers,error_rate:_type_error_rate,rate_limit:_type_rate_limit,served:_type_served,response:_type_response,calls:_type_calls,retries:_type_retries,flow_loads:_type_flow_loads,relays:_type_relays=_dflt_relays)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'callers',callers)\n  __dataclass_builtins_object__.__setattr__(self,'error_rate',error_rate)\n  __dataclass_builtins_object__.__setattr__(self,'rate_limit',rate_limit)\n  __dataclass_builtins_object__.__setattr__(self,'served',served)\n  __dataclass_builtins_object__.__setattr__(self,'response',response)\n  __dataclass_builtins_object__.__setattr__(self,'calls',calls)\n  __dataclass_builtins_object__.__setattr__(self,'retries',retries)\n  __dataclass_builtins_object__.__setattr__(self,'flow_loads',flow_loads)\n  __dataclass_builtins_object__.__setattr__(self,'relays',relays)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, callers={self.callers!r}, error_rate={self.error_rate!r}, rate_limit={self.rate_limit!r}, served={self.served!r}, response={self.response!r}, calls={self.calls!r}, retries={self.retries!r}, flow_loads={self.flow_loads!r}, relays={self.relays!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, callers={self.callers!r}, error_rate={self.error_rate!r}, rate_limit={self.rate_limit!r}, served={self.served!r}, response={self.response!r}, calls={self.calls!r}, retries={self.retries!r}, flow_loads={self.flow_loads!r}, relays={self.relays!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.callers,self.error_rate,self.rate_limit,self.served,self.response,self.calls,self.retries,self.flow_loads,self.relays,)==(other.name,other.callers,other.error_rate,other.rate_limit,other.served,other.response,other.calls,other.retries,other.flow_loads,other.relays,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.callers,self.error_rate,self.rate_limit,self.served,self.response,self.calls,self.retries,self.flow_loads,self.relays,)==(other.name,other.callers,other.error_rate,other.rate_limit,other.served,other.response,other.calls,other.retries,other.flow_loads,other.relays,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','callers','error_rate','rate_limit','served','response','calls','retries','flow_loads','relays',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'callers\',\'error_rate\',\'rate_limit\',\'served\',\'response\',\'calls\',\'retries\',\'flow_loads\',\'relays\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','callers','error_rate','rate_limit','served','response','calls','retries','flow_loads','relays',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'callers\',\'error_rate\',\'rate_limit\',\'served\',\'response\',\'calls\',\'retries\',\'flow_loads\',\'relays\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.callers,self.error_rate,self.rate_limit,self.served,self.response,self.calls,self.retries,self.flow_loads,self.relays,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.callers,self.error_rate,self.rate_limit,self.served,self.response,self.calls,self.retries,self.flow_loads,self.relays,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_first, _type_offered, _type_rate_limited, _type_overloaded, _type_failed, _type_timed_out, _type_downstream, _type_failure_share, _type_limit, _type_callers, _type_attempt_failure, _type_timeouts, _type_binding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_callers, _dflt_attempt_failure, _dflt_timeouts, _dflt_binding, _return_type):
 def __init__(self,first:_type_first,offered:_type_offered,rate_limited:_type_rate_limited,overloaded:_type_overloaded,failed:_type_failed,timed_out:_type_timed_out,downstream:_type_downstream,failure_share:_type_failure_share,limit:_type_limit,callers:_type_callers=_dflt_callers,attempt_failure:_type_attempt_failure=_HAS_DEFAULT_FACTORY,timeouts:_type_timeouts=_HAS_DEFAULT_FACTORY,binding:_type_binding=_dflt_binding)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'offered',offered)
  __dataclass_builtins_object__.__setattr__(self,'rate_limited',rate_limited)
  __dataclass_builtins_object__.__setattr__(self,'overloaded',overloaded)
  __dataclass_builtins_object__.__setattr__(self,'failed',failed)
  __dataclass_builtins_object__.__setattr__(self,'timed_out',timed_out)
  __dataclass_builtins_object__.__setattr__(self,'downstream',downstream)
  __dataclass_builtins_object__.__setattr__(self,'failure_share',failure_share)
  __dataclass_builtins_object__.__setattr__(self,'limit',limit)
  __dataclass_builtins_object__.__setattr__(self,'callers',callers)
  __dataclass_builtins_object__.__setattr__(self,'attempt_failure',_dflt_attempt_failure() if attempt_failure is _HAS_DEFAULT_FACTORY else attempt_failure)
  __dataclass_builtins_object__.__setattr__(self,'timeouts',_dflt_timeouts() if timeouts is _HAS_DEFAULT_FACTORY else timeouts)
  __dataclass_builtins_object__.__setattr__(self,'binding',binding)
 return __init__
MAKERS["def __create_fn__(_type_first, _type_offered, _type_rate_limited, _type_overloaded, _type_failed, _type_timed_out, _type_downstream, _type_failure_share, _type_limit, _type_callers, _type_attempt_failure, _type_timeouts, _type_binding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_callers, _dflt_attempt_failure, _dflt_timeouts, _dflt_binding, _return_type):\n def __init__(self,first:_type_first,offered:_type_offered,rate_limited:_type_rate_limited,overloaded:_type_overloaded,failed:_type_failed,timed_out:_type_timed_out,downstream:_type_downstream,failure_share:_type_failure_share,limit:_type_limit,callers:_type_callers=_dflt_callers,attempt_failure:_type_attempt_failure=_HAS_DEFAULT_FACTORY,timeouts:_type_timeouts=_HAS_DEFAULT_FACTORY,binding:_type_binding=_dflt_binding)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'first',first)\n  __dataclass_builtins_object__.__setattr__(self,'offered',offered)\n  __dataclass_builtins_object__.__setattr__(self,'rate_limited',rate_limited)\n  __dataclass_builtins_object__.__setattr__(self,'overloaded',overloaded)\n  __dataclass_builtins_object__.__setattr__(self,'failed',failed)\n  __dataclass_builtins_object__.__setattr__(self,'timed_out',timed_out)\n  __dataclass_builtins_object__.__setattr__(self,'downstream',downstream)\n  __dataclass_builtins_object__.__setattr__(self,'failure_share',failure_share)\n  __dataclass_builtins_object__.__setattr__(self,'limit',limit)\n  __dataclass_builtins_object__.__setattr__(self,'callers',callers)\n  __dataclass_builtins_object__.__setattr__(self,'attempt_failure',_dflt_attempt_failure() if attempt_failure is _HAS_DEFAULT_FACTORY else attempt_failure)\n  __dataclass_builtins_object__.__setattr__(self,'timeouts',_dflt_timeouts() if timeouts is _HAS_DEFAULT_FACTORY else timeouts)\n  __dataclass_builtins_object__.__setattr__(self,'binding',binding)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(first={self.first!r}, offered={self.offered!r}, rate_limited={self.rate_limited!r}, overloaded={self.overloaded!r}, failed={self.failed!r}, timed_out={self.timed_out!r}, downstream={self.downstream!r}, failure_share={self.failure_share!r}, limit={self.limit!r}, callers={self.callers!r}, attempt_failure={self.attempt_failure!r}, timeouts={self.timeouts!r}, binding={self.binding!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(first={self.first!r}, offered={self.offered!r}, rate_limited={self.rate_limited!r}, overloaded={self.overloaded!r}, failed={self.failed!r}, timed_out={self.timed_out!r}, downstream={self.downstream!r}, failure_share={self.failure_share!r}, limit={self.limit!r}, callers={self.callers!r}, attempt_failure={self.attempt_failure!r}, timeouts={self.timeouts!r}, binding={self.binding!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.first,self.offered,self.rate_limited,self.overloaded,self.failed,self.timed_out,self.downstream,self.failure_share,self.limit,self.callers,self.attempt_failure,self.timeouts,self.binding,)==(other.first,other.offered,other.rate_limited,other.overloaded,other.failed,other.timed_out,other.downstream,other.failure_share,other.limit,other.callers,other.attempt_failure,other.timeouts,other.binding,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.first,self.offered,self.rate_limited,self.overloaded,self.failed,self.timed_out,self.downstream,self.failure_share,self.limit,self.callers,self.attempt_failure,self.timeouts,self.binding,)==(other.first,other.offered,other.rate_limited,other.overloaded,other.failed,other.timed_out,other.downstream,other.failure_share,other.limit,other.callers,other.attempt_failure,other.timeouts,other.binding,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('first','offered','rate_limited','overloaded','failed','timed_out','downstream','failure_share','limit','callers','attempt_failure','timeouts','binding',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'first\',\'offered\',\'rate_limited\',\'overloaded\',\'failed\',\'timed_out\',\'downstream\',\'failure_share\',\'limit\',\'callers\',\'attempt_failure\',\'timeouts\',\'binding\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('first','offered','rate_limited','overloaded','failed','timed_out','downstream','failure_share','limit','callers','attempt_failure','timeouts','binding',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'first\',\'offered\',\'rate_limited\',\'overloaded\',\'failed\',\'timed_out\',\'downstream\',\'failure_share\',\'limit\',\'callers\',\'attempt_failure\',\'timeouts\',\'binding\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.first,self.offered,self.rate_limited,self.overloaded,self.failed,self.timed_out,self.downstream,self.failure_share,self.limit,self.callers,self.attempt_failure,self.timeouts,self.binding,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.first,self.offered,self.rate_limited,self.overloaded,self.failed,self.timed_out,self.downstream,self.failure_share,self.limit,self.callers,self.attempt_failure,self.timeouts,self.binding,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_fails_by, _type_multiplier, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,fails_by:_type_fails_by,multiplier:_type_multiplier)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
 return __init__
MAKERS["def __create_fn__(_type_fails_by, _type_multiplier, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,fails_by:_type_fails_by,multiplier:_type_multiplier)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)\n  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fails_by={self.fails_by!r}, multiplier={self.multiplier!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fails_by={self.fails_by!r}, multiplier={self.multiplier!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fails_by,self.multiplier,)==(other.fails_by,other.multiplier,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fails_by,self.multiplier,)==(other.fails_by,other.multiplier,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fails_by','multiplier',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'fails_by\',\'multiplier\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fails_by','multiplier',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'fails_by\',\'multiplier\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.fails_by,self.multiplier,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.fails_by,self.multiplier,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_multiplier, _type_fails_by, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,multiplier:_type_multiplier,fails_by:_type_fails_by,limits:_type_limits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
 return __init__
MAKERS["def __create_fn__(_type_multiplier, _type_fails_by, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,multiplier:_type_multiplier,fails_by:_type_fails_by,limits:_type_limits)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)\n  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)\n  __dataclass_builtins_object__.__setattr__(self,'limits',limits)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(multiplier={self.multiplier!r}, fails_by={self.fails_by!r}, limits={self.limits!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(multiplier={self.multiplier!r}, fails_by={self.fails_by!r}, limits={self.limits!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.multiplier,self.fails_by,self.limits,)==(other.multiplier,other.fails_by,other.limits,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.multiplier,self.fails_by,self.limits,)==(other.multiplier,other.fails_by,other.limits,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('multiplier','fails_by','limits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'multiplier\',\'fails_by\',\'limits\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('multiplier','fails_by','limits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'multiplier\',\'fails_by\',\'limits\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.multiplier,self.fails_by,self.limits,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.multiplier,self.fails_by,self.limits,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_id, _type_level, _type_short, _type_meaning, _type_formula, _type_remedies, _type_section, _type_tags, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _return_type):
 def __init__(self,id:_type_id,level:_type_level,short:_type_short,meaning:_type_meaning,formula:_type_formula,remedies:_type_remedies,section:_type_section,tags:_type_tags,doc:_type_doc=_dflt_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'short',short)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'remedies',remedies)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'tags',tags)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__
MAKERS["def __create_fn__(_type_id, _type_level, _type_short, _type_meaning, _type_formula, _type_remedies, _type_section, _type_tags, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _return_type):\n def __init__(self,id:_type_id,level:_type_level,short:_type_short,meaning:_type_meaning,formula:_type_formula,remedies:_type_remedies,section:_type_section,tags:_type_tags,doc:_type_doc=_dflt_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'short',short)\n  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)\n  __dataclass_builtins_object__.__setattr__(self,'formula',formula)\n  __dataclass_builtins_object__.__setattr__(self,'remedies',remedies)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'tags',tags)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, level={self.level!r}, short={self.short!r}, meaning={self.meaning!r}, formula={self.formula!r}, remedies={self.remedies!r}, section={self.section!r}, tags={self.tags!r}, doc={self.doc!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, level={self.level!r}, short={self.short!r}, meaning={self.meaning!r}, formula={self.formula!r}, remedies={self.remedies!r}, section={self.section!r}, tags={self.tags!r}, doc={self.doc!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.level,self.short,self.meaning,self.formula,self.remedies,self.section,self.tags,self.doc,)==(other.id,other.level,other.short,other.meaning,other.formula,other.remedies,other.section,other.tags,other.doc,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.level,self.short,self.meaning,self.formula,self.remedies,self.section,self.tags,self.doc,)==(other.id,other.level,other.short,other.meaning,other.formula,other.remedies,other.section,other.tags,other.doc,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','level','short','meaning','formula','remedies','section','tags','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'level\',\'short\',\'meaning\',\'formula\',\'remedies\',\'section\',\'tags\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','level','short','meaning','formula','remedies','section','tags','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'level\',\'short\',\'meaning\',\'formula\',\'remedies\',\'section\',\'tags\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.level,self.short,self.meaning,self.formula,self.remedies,self.section,self.tags,self.doc,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.level,self.short,self.meaning,self.formula,self.remedies,self.section,self.tags,self.doc,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_label, _type_span, _type_samples, _type_node, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_node, _return_type):
 def __init__(self,label:_type_label,span:_type_span,samples:_type_samples,node:_type_node=_dflt_node)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'samples',samples)
  __dataclass_builtins_object__.__setattr__(self,'node',node)
 return __init__
MAKERS["def __create_fn__(_type_label, _type_span, _type_samples, _type_node, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_node, _return_type):\n def __init__(self,label:_type_label,span:_type_span,samples:_type_samples,node:_type_node=_dflt_node)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'samples',samples)\n  __dataclass_builtins_object__.__setattr__(self,'node',node)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, span={self.span!r}, samples={self.samples!r}, node={self.node!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, span={self.span!r}, samples={self.samples!r}, node={self.node!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.span,self.samples,self.node,)==(other.label,other.span,other.samples,other.node,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.span,self.samples,self.node,)==(other.label,other.span,other.samples,other.node,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','span','samples','node',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'span\',\'samples\',\'node\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','span','samples','node',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'span\',\'samples\',\'node\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.label,self.span,self.samples,self.node,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.span,self.samples,self.node,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_p5, _type_p50, _type_p95, _type_mean, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,p5:_type_p5,p50:_type_p50,p95:_type_p95,mean:_type_mean)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'p5',p5)
  __dataclass_builtins_object__.__setattr__(self,'p50',p50)
  __dataclass_builtins_object__.__setattr__(self,'p95',p95)
  __dataclass_builtins_object__.__setattr__(self,'mean',mean)
 return __init__
MAKERS["def __create_fn__(_type_p5, _type_p50, _type_p95, _type_mean, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,p5:_type_p5,p50:_type_p50,p95:_type_p95,mean:_type_mean)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'p5',p5)\n  __dataclass_builtins_object__.__setattr__(self,'p50',p50)\n  __dataclass_builtins_object__.__setattr__(self,'p95',p95)\n  __dataclass_builtins_object__.__setattr__(self,'mean',mean)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(p5={self.p5!r}, p50={self.p50!r}, p95={self.p95!r}, mean={self.mean!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(p5={self.p5!r}, p50={self.p50!r}, p95={self.p95!r}, mean={self.mean!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.p5,self.p50,self.p95,self.mean,)==(other.p5,other.p50,other.p95,other.mean,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.p5,self.p50,self.p95,self.mean,)==(other.p5,other.p50,other.p95,other.mean,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('p5','p50','p95','mean',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'p5\',\'p50\',\'p95\',\'mean\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('p5','p50','p95','mean',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'p5\',\'p50\',\'p95\',\'mean\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.p5,self.p50,self.p95,self.mean,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.p5,self.p50,self.p95,self.mean,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_path, _type_data, _type_markdown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,data:_type_data,markdown:_type_markdown)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)
 return __init__
MAKERS["def __create_fn__(_type_path, _type_data, _type_markdown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,data:_type_data,markdown:_type_markdown)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, data={self.data!r}, markdown={self.markdown!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, data={self.data!r}, markdown={self.markdown!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.data,self.markdown,)==(other.path,other.data,other.markdown,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.data,self.markdown,)==(other.path,other.data,other.markdown,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','data','markdown',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'data\',\'markdown\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','data','markdown',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'data\',\'markdown\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.data,self.markdown,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.data,self.markdown,))\n return __hash__'] = __create_fn__

def __create_fn__(_type_exit_code, _type_errors, _type_diff, _type_note, _type_diagnostics, _type_changed_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exit_code, _dflt_errors, _dflt_diff, _dflt_note, _dflt_diagnostics, _dflt_changed_line, _return_type):
 def __init__(self,exit_code:_type_exit_code=_dflt_exit_code,errors:_type_errors=_HAS_DEFAULT_FACTORY,diff:_type_diff=_dflt_diff,note:_type_note=_dflt_note,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,changed_line:_type_changed_line=_dflt_changed_line)->_return_type:
  self.exit_code=exit_code
  self.errors=_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors
  self.diff=diff
  self.note=note
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.changed_line=changed_line
 return __init__
MAKERS['def __create_fn__(_type_exit_code, _type_errors, _type_diff, _type_note, _type_diagnostics, _type_changed_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exit_code, _dflt_errors, _dflt_diff, _dflt_note, _dflt_diagnostics, _dflt_changed_line, _return_type):\n def __init__(self,exit_code:_type_exit_code=_dflt_exit_code,errors:_type_errors=_HAS_DEFAULT_FACTORY,diff:_type_diff=_dflt_diff,note:_type_note=_dflt_note,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,changed_line:_type_changed_line=_dflt_changed_line)->_return_type:\n  self.exit_code=exit_code\n  self.errors=_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors\n  self.diff=diff\n  self.note=note\n  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics\n  self.changed_line=changed_line\n return __init__'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(exit_code={self.exit_code!r}, errors={self.errors!r}, diff={self.diff!r}, note={self.note!r}, diagnostics={self.diagnostics!r}, changed_line={self.changed_line!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(exit_code={self.exit_code!r}, errors={self.errors!r}, diff={self.diff!r}, note={self.note!r}, diagnostics={self.diagnostics!r}, changed_line={self.changed_line!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.exit_code,self.errors,self.diff,self.note,self.diagnostics,self.changed_line,)==(other.exit_code,other.errors,other.diff,other.note,other.diagnostics,other.changed_line,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.exit_code,self.errors,self.diff,self.note,self.diagnostics,self.changed_line,)==(other.exit_code,other.errors,other.diff,other.note,other.diagnostics,other.changed_line,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(_type_name, _type_samples, _type_unit, _type_p5, _type_p50, _type_p95, _type_percent, _type_seed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_seed, _return_type):
 def __init__(self,name:_type_name,samples:_type_samples,unit:_type_unit,p5:_type_p5,p50:_type_p50,p95:_type_p95,percent:_type_percent,seed:_type_seed=_dflt_seed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'samples',samples)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'p5',p5)
  __dataclass_builtins_object__.__setattr__(self,'p50',p50)
  __dataclass_builtins_object__.__setattr__(self,'p95',p95)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'seed',seed)
 return __init__
MAKERS["def __create_fn__(_type_name, _type_samples, _type_unit, _type_p5, _type_p50, _type_p95, _type_percent, _type_seed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_seed, _return_type):\n def __init__(self,name:_type_name,samples:_type_samples,unit:_type_unit,p5:_type_p5,p50:_type_p50,p95:_type_p95,percent:_type_percent,seed:_type_seed=_dflt_seed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'samples',samples)\n  __dataclass_builtins_object__.__setattr__(self,'unit',unit)\n  __dataclass_builtins_object__.__setattr__(self,'p5',p5)\n  __dataclass_builtins_object__.__setattr__(self,'p50',p50)\n  __dataclass_builtins_object__.__setattr__(self,'p95',p95)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'seed',seed)\n return __init__"] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, samples={self.samples!r}, unit={self.unit!r}, p5={self.p5!r}, p50={self.p50!r}, p95={self.p95!r}, percent={self.percent!r}, seed={self.seed!r})"
 return __repr__
MAKERS['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, samples={self.samples!r}, unit={self.unit!r}, p5={self.p5!r}, p50={self.p50!r}, p95={self.p95!r}, percent={self.percent!r}, seed={self.seed!r})"\n return __repr__'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.samples,self.unit,self.p5,self.p50,self.p95,self.percent,self.seed,)==(other.name,other.samples,other.unit,other.p5,other.p50,other.p95,other.percent,other.seed,)
  return NotImplemented
 return __eq__
MAKERS['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.samples,self.unit,self.p5,self.p50,self.p95,self.percent,self.seed,)==(other.name,other.samples,other.unit,other.p5,other.p50,other.p95,other.percent,other.seed,)\n  return NotImplemented\n return __eq__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','samples','unit','p5','p50','p95','percent','seed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'samples\',\'unit\',\'p5\',\'p50\',\'p95\',\'percent\',\'seed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','samples','unit','p5','p50','p95','percent','seed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'samples\',\'unit\',\'p5\',\'p50\',\'p95\',\'percent\',\'seed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.samples,self.unit,self.p5,self.p50,self.p95,self.percent,self.seed,))
 return __hash__
MAKERS['def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.samples,self.unit,self.p5,self.p50,self.p95,self.percent,self.seed,))\n return __hash__'] = __create_fn__
