import { defineMessages } from '../define-messages';

/**
 * Messages of the file importer (src/data/import): whole-file errors, skipped rows/features and
 * warnings. Keys are the ImportIssue codes; {row} is the spreadsheet row (header = row 1),
 * {feature} the 1-based feature number. Parameters from files are shown as plain text.
 */
export const importErrorMessages = defineMessages(
  {
    'import.error.cancelled': '已取消导入',
    'import.error.tooLarge': '文件过大（{size} MB），上限为 {limit} MB',
    'import.error.empty': '文件是空的，没有可导入的数据',
    'import.error.unsupportedFormat':
      '无法识别文件“{name}”的格式；支持 GeoJSON、CSV、XLSX、KML、KMZ 和压缩的 Shapefile（.zip）',
    'import.error.encoding': '无法识别文件的文字编码（支持 UTF-8、带 BOM 的 UTF-8、GBK/GB18030）',
    'import.error.malformedJson': '文件不是有效的 JSON（格式有误或内容不完整）',
    'import.error.notGeoJson':
      '文件是 JSON，但不是 GeoJSON（需要 FeatureCollection、Feature 或几何对象）',
    'import.error.noCoordinateColumns':
      '找不到经纬度列（如“经度/纬度”、lng/lat、lon/lat、longitude/latitude、x/y）；表头为：{columns}',
    'import.error.noRows': '表格只有表头，没有数据行',
    'import.error.badZip': '压缩文件已损坏或不完整，无法解压',
    'import.error.noShapefile': '压缩包中没有 Shapefile（.shp 文件）',
    'import.error.badShapefile': 'Shapefile 无法读取：{detail}',
    'import.error.noKml': 'KMZ 压缩包中没有 KML 文件',
    'import.error.badKml': 'KML 文件不是有效的 XML：{detail}',
    'import.error.badXlsx': 'Excel 文件无法读取：{detail}',
    'import.error.noPrj':
      'Shapefile 缺少 .prj 坐标系文件，且坐标不是经纬度；请选择坐标系（如 EPSG:4545）后重新导入',
    'import.error.unsupportedCrs': '不支持的坐标系“{name}”，无法转换为 WGS-84',
    'import.error.projectedNoCrs':
      '坐标看起来是投影坐标（米），但文件没有说明坐标系；请选择坐标系（如 EPSG:4545）后重新导入',
    'import.error.internal': '导入时发生意外错误：{detail}',
    'import.error.rowNoCoordinates': '第 {row} 行：经纬度为空或不是数字',
    'import.error.rowOutOfRange': '第 {row} 行：坐标超出范围（经度 {lng}，纬度 {lat}）',
    'import.error.rowSwapped': '第 {row} 行：经度和纬度似乎填反了（经度 {lng}，纬度 {lat}）',
    'import.error.malformedFeature': '第 {feature} 个要素不是有效的 JSON',
    'import.error.notAFeature': '第 {feature} 个要素不是 GeoJSON Feature',
    'import.error.noGeometry': '第 {feature} 个要素没有几何图形',
    'import.error.unsupportedGeometry': '第 {feature} 个要素：不支持的几何类型“{type}”',
    'import.error.badCoordinates': '第 {feature} 个要素：坐标格式无效',
    'import.error.ringNotClosed': '第 {feature} 个要素：多边形的环没有闭合（首尾点不同）',
    'import.error.ringTooShort': '第 {feature} 个要素：多边形的环少于 4 个点',
    'import.error.outOfRange': '第 {feature} 个要素：坐标超出范围（经度 {lng}，纬度 {lat}）',
    'import.error.swapped': '第 {feature} 个要素：经度和纬度似乎填反了（经度 {lng}，纬度 {lat}）',
    'import.warning.swappedLatLng': '大多数坐标的经度和纬度填反了，已自动交换',
    'import.warning.noPrjAssumedWgs84':
      'Shapefile 缺少 .prj 坐标系文件；坐标是经纬度，已按 WGS-84 读取',
    'import.warning.crsDetected': '根据坐标数值判断坐标系为 {name}，已转换为 WGS-84',
    'import.warning.decodedAs': '文件按 {encoding} 编码读取',
    'import.warning.offset':
      '数据可能有偏移：按原样读取时 {asRead}% 的点在九龙坡区内，按 {crs} 读取时为 {suggested}%；建议按 {crs} 转换',
    'import.warning.extraLayers': '文件包含 {count} 个图层，只导入了“{name}”',
  },
  {
    'import.error.cancelled': 'Import cancelled',
    'import.error.tooLarge': 'The file is too large ({size} MB); the limit is {limit} MB',
    'import.error.empty': 'The file is empty: there is nothing to import',
    'import.error.unsupportedFormat':
      'The format of “{name}” is not recognised; GeoJSON, CSV, XLSX, KML, KMZ and zipped Shapefiles (.zip) are supported',
    'import.error.encoding':
      'The text encoding of the file is not recognised (UTF-8, UTF-8 with BOM and GBK/GB18030 are supported)',
    'import.error.malformedJson': 'The file is not valid JSON (malformed or incomplete)',
    'import.error.notGeoJson':
      'The file is JSON but not GeoJSON (a FeatureCollection, Feature or geometry is needed)',
    'import.error.noCoordinateColumns':
      'No longitude/latitude columns found (e.g. 经度/纬度, lng/lat, lon/lat, longitude/latitude, x/y); the header is: {columns}',
    'import.error.noRows': 'The table has a header but no data rows',
    'import.error.badZip': 'The zip file is damaged or incomplete and cannot be unpacked',
    'import.error.noShapefile': 'The zip file holds no Shapefile (.shp file)',
    'import.error.badShapefile': 'The Shapefile cannot be read: {detail}',
    'import.error.noKml': 'The KMZ file holds no KML file',
    'import.error.badKml': 'The KML file is not valid XML: {detail}',
    'import.error.badXlsx': 'The Excel file cannot be read: {detail}',
    'import.error.noPrj':
      'The Shapefile has no .prj (coordinate system) file and its coordinates are not degrees; choose the coordinate system (e.g. EPSG:4545) and import again',
    'import.error.unsupportedCrs':
      'The coordinate system “{name}” is not supported and cannot be converted to WGS-84',
    'import.error.projectedNoCrs':
      'The coordinates look projected (metres) but the file does not say in which system; choose it (e.g. EPSG:4545) and import again',
    'import.error.internal': 'Unexpected error while importing: {detail}',
    'import.error.rowNoCoordinates': 'Row {row}: longitude or latitude is empty or not a number',
    'import.error.rowOutOfRange':
      'Row {row}: coordinates out of range (longitude {lng}, latitude {lat})',
    'import.error.rowSwapped':
      'Row {row}: longitude and latitude look swapped (longitude {lng}, latitude {lat})',
    'import.error.malformedFeature': 'Feature {feature} is not valid JSON',
    'import.error.notAFeature': 'Feature {feature} is not a GeoJSON Feature',
    'import.error.noGeometry': 'Feature {feature} has no geometry',
    'import.error.unsupportedGeometry': 'Feature {feature}: unsupported geometry type “{type}”',
    'import.error.badCoordinates': 'Feature {feature}: invalid coordinates',
    'import.error.ringNotClosed':
      'Feature {feature}: a polygon ring is not closed (first and last points differ)',
    'import.error.ringTooShort': 'Feature {feature}: a polygon ring has fewer than 4 points',
    'import.error.outOfRange':
      'Feature {feature}: coordinates out of range (longitude {lng}, latitude {lat})',
    'import.error.swapped':
      'Feature {feature}: longitude and latitude look swapped (longitude {lng}, latitude {lat})',
    'import.warning.swappedLatLng':
      'Most coordinates had longitude and latitude swapped; they were swapped back',
    'import.warning.noPrjAssumedWgs84':
      'The Shapefile has no .prj (coordinate system) file; its coordinates are degrees and were read as WGS-84',
    'import.warning.crsDetected':
      'The coordinate system was judged from the values to be {name} and converted to WGS-84',
    'import.warning.decodedAs': 'The file was read as {encoding}',
    'import.warning.offset':
      'The data may be offset: read as is, {asRead}% of the points are in Jiulongpo; read as {crs}, {suggested}%. Converting from {crs} is suggested',
    'import.warning.extraLayers': 'The file holds {count} layers; only “{name}” was imported',
  },
);
